// The linear-time rewrites give the same results as the patterns they replaced. Each old pattern is
// kept here as the reference and both are run on thousands of random strings made of the characters
// that matter to it (seeded, so a failure repeats).
import { describe, expect, it } from "vitest";
import { isBylineLine, urlIn } from "@/lib/articles/line-kinds";
import { normalizeText } from "@/lib/articles/segment";
import { checkResidue } from "@/lib/quality/checks/residue";
import { checkWhitespace } from "@/lib/quality/checks/whitespace";
import { endClass } from "@/lib/quality/checks/punctuation";
import { nameTokens, personCue } from "@/lib/quality/checks/source-names";
import type { CheckContext } from "@/lib/quality/checks/context";
import { enCue } from "@/lib/quality/extract/dates";
import { budget, takePairs } from "@/lib/quality/extract/greedy";
import { parseNumeral } from "@/lib/quality/extract/numeral";
import { opaqueSpans } from "@/lib/quality/extract/opaque";
import { SpanIndex } from "@/lib/quality/extract/spans";
import type { Span } from "@/lib/quality/types";
import { segMarkupToText } from "@/lib/translation/tmx-seg";

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** `count` strings of up to `max` pieces drawn from `pieces`. */
function strings(pieces: string[], count = 3000, max = 24, seed = 9): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    let s = "";
    const n = Math.floor(rnd() * (max + 1));
    for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
    return s;
  });
}
const spans = (re: RegExp, s: string): Span[] => [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
const ctx = (target: string, source = ""): CheckContext =>
  ({ source, target, lang: "de", kind: "body", options: {} }) as unknown as CheckContext;

describe("old patterns and their linear rewrites agree", () => {
  it("URL, e-mail and handle masks", () => {
    const OLD = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|@\w+|#\w+/gu;
    for (const s of strings(["a", "1", ".", "+", "-", "@", "#", "_", " ", "http://", "www.", "é", "x"]))
      expect(opaqueSpans(s), s).toEqual(spans(OLD, s));
  });

  it("name tokens", () => {
    const OLD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}]*/gu;
    for (const s of strings(["A", "a", "É", "ư", "'", "’", "-", " ", "1", "Ǆ", "𝐀", "."])) {
      expect(nameTokens(s), s).toEqual([...s.matchAll(OLD)].map((m) => ({ index: m.index, token: m[0] })));
    }
  });

  it("person cues before a name", () => {
    const OLD =
      /(?:ông|bà|anh|chị|cô|chú|ngài|cụ|em|cháu|chủ tịch|thủ tướng|bộ trưởng|bí thư|tướng|giám đốc|đồng chí|nhà báo|phóng viên|tác giả|TS\.|GS\.|PGS\.|ThS\.|BS\.|TP\.?)\s+$/iu;
    for (const s of strings(["ông", "Bà", "TP", ".", " ", "\u00a0", "\n", "x", "thủ tướng", "TS."], 3000, 6))
      expect(personCue(s), s).toBe(OLD.test(s));
  });

  it("a cue word before May and March", () => {
    const OLD =
      /(?:\b(?:in|on|since|until|by|from|of|early|late|mid|last|next|this|end|before|after|during)\s*-?)\s*$/i;
    for (const s of strings(["in", "mid", "during", "-", " ", "\t", "x", "1", "early", "é"], 3000, 8))
      expect(enCue(s, s.length), s).toBe(OLD.test(s));
  });

  it("source lines left in the text", () => {
    const OLD = /(?:^|(?<=[\n.!?]\s*))(?:Quelle|Source|Nguồn)\s*:\s*\S.*$/gimu;
    for (const s of strings(["Quelle", "source", "Nguồn", ":", " ", "\n", ".", "!", "x", "\r"])) {
      const found = checkResidue(ctx(s))
        .filter((i) => i.code === "residue.source-line")
        .map((i) => i.target);
      expect(found, s).toEqual(spans(OLD, s));
    }
  });

  it("leading and trailing whitespace", () => {
    const OLD = /^\s+|\s+$/gu;
    for (const s of strings([" ", "\n", "\u00a0", "a", "\t"])) {
      const found = checkWhitespace(ctx(s))
        .filter((i) => i.code === "whitespace.leading-trailing")
        .map((i) => i.target);
      expect(found, JSON.stringify(s)).toEqual(spans(OLD, s).filter(([a, b]) => b > a));
    }
  });

  it("end punctuation behind closing quotes and brackets", () => {
    const old = (s: string) => {
      const c = s.replace(/[\s"'“”„‘’»«)\]]+$/u, "").slice(-1);
      return c === "?" ? "?" : /[.!…:;]/.test(c) ? "." : "";
    };
    for (const s of strings(["a", ".", "?", "”", ")", "]", " ", "'", "…", "«"])) expect(endClass(s), s).toBe(old(s));
  });

  it("URLs in a source line", () => {
    const old = (line: string) => line.match(/https?:\/\/[^\s<>"'”)\]]+/iu)?.[0].replace(/[.,;:!?]+$/u, "") ?? null;
    for (const s of strings(["https://a", ".", ",", "!", "b", " ", ")", "x"])) expect(urlIn(s), s).toBe(old(s));
  });

  it("bylines (lines arrive normalised)", () => {
    const old = (line: string) => {
      if (line.length > 80) return false;
      const unstopped = /^theo\s/iu.test(line) ? line.replace(/\.$/u, "") : line;
      const names = unstopped
        .replace(/^(?:theo|bài(?: và ảnh)?\s*:|nhóm|thực hiện\s*:)\s*/iu, "")
        .replace(/\s*\((?:tổng hợp|theo [^()]*|lược dịch|biên dịch)\)$/iu, "")
        .trim();
      if (names === "") return false;
      const words = names
        .split(/\s*(?:[-–—,/&]|\svà\s)\s*/u)
        .flatMap((part) => part.split(" "))
        .filter(Boolean);
      return (
        words.length >= 1 && words.length <= 8 && words.every((word) => /^(?:\p{Lu}[\p{L}'’]*|[A-ZĐ]\.)$/u.test(word))
      );
    };
    const pieces = [
      "Loan",
      "Thảo",
      " ",
      "-",
      ",",
      "và",
      " và ",
      ", ",
      "&",
      "(tổng hợp)",
      "(theo AFP)",
      "Theo",
      ".",
      "X.",
      "bài:",
      "a",
    ];
    for (const s of strings(pieces, 5000, 10).map(normalizeText)) expect(isBylineLine(s), s).toBe(old(s));
  });

  it("numerals (separators counted in one pass)", () => {
    const old = (s: string, lang: "vi" | "de" | "en"): number[] => {
      const seps = [...s.matchAll(/[.,\u00A0\u202F]/g)];
      const digits = Number(s.replace(/\D/g, ""));
      const first = seps[0];
      if (!first) return [Number(s)];
      const last = seps[seps.length - 1] ?? first;
      if (new Set(seps.map((m) => m[0])).size > 1)
        return [Number(`${s.slice(0, last.index).replace(/\D/g, "")}.${s.slice(last.index + 1)}`)];
      if (/[\u00A0\u202F]/.test(first[0])) return [digits];
      const groups = s.split(first[0]);
      const head = groups[0] ?? "";
      const grouped = head.length <= 3 && head !== "0" && groups.slice(1).every((g) => g.length === 3);
      if (groups.length > 2) return [digits];
      const decimal = Number(`${head}.${groups[1] ?? ""}`);
      if (!grouped) return [decimal];
      if (first[0] === (lang === "en" ? "," : ".")) return [digits];
      return lang === "vi" ? [digits, decimal] : [decimal];
    };
    for (const s of strings(["1", "0", "23", "456", ".", ",", "\u00a0", "\u202f"], 3000, 8)) {
      for (const lang of ["vi", "de", "en"] as const)
        expect(parseNumeral(s, lang), `${lang} ${s}`).toEqual(old(s, lang));
    }
  });

  it("TMX inline markup", () => {
    const old = (raw: string) =>
      raw
        .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, c: string) => c.replace(/&/g, "&amp;").replace(/</g, "&lt;"))
        .replace(/<(bpt|ept|ph|it|ut)\b[^>]*\/>/g, "")
        .replace(/<(bpt|ept|ph|it|ut)\b[^>]*>[\s\S]*?<\/\1>/g, "")
        .replace(/<[^>]+>/g, "");
    const pieces = [
      "<",
      ">",
      "/",
      "ph",
      "bpt",
      "x",
      " ",
      "<![CDATA[",
      "]]>",
      "</ph>",
      "</bpt>",
      "<hi>",
      "&",
      "-",
      "<ph/>",
      "<ph>",
    ];
    for (const s of strings(pieces, 5000, 14)) expect(segMarkupToText(s), s).toBe(old(s));
  });
});

describe("helpers of the linear alignment", () => {
  it("SpanIndex answers like comparing every pair", () => {
    const rnd = random(3);
    for (let round = 0; round < 300; round++) {
      const list: Span[] = Array.from({ length: Math.floor(rnd() * 12) }, () => {
        const a = Math.floor(rnd() * 40);
        return [a, a + 1 + Math.floor(rnd() * 6)];
      });
      const index = new SpanIndex(list);
      for (let a = 0; a < 45; a++) {
        for (let b = a + 1; b < a + 6; b++) expect(index.overlaps([a, b])).toBe(list.some((m) => a < m[1] && m[0] < b));
      }
    }
  });

  it("takePairs matches like find + splice", () => {
    const naive = (S: number[], T: number[], ok: (s: number, t: number) => boolean) => {
      const pairs: Array<{ s: number; t: number }> = [];
      for (const s of [...S]) {
        const t = T.find((x) => ok(s, x));
        if (t === undefined) continue;
        S.splice(S.indexOf(s), 1);
        T.splice(T.indexOf(t), 1);
        pairs.push({ s, t });
      }
      return pairs;
    };
    const rnd = random(5);
    const list = () => Array.from({ length: Math.floor(rnd() * 15) }, () => Math.floor(rnd() * 6));
    for (let round = 0; round < 500; round++) {
      const [S, T] = [list(), list()];
      const ok = (s: number, t: number) => s === t || s + 1 === t;
      const [S2, T2] = [[...S], [...T]];
      expect(takePairs(S2, T2, ok, budget())).toEqual(naive(S, T, ok));
      expect([S2, T2]).toEqual([S, T]);
    }
  });
});
