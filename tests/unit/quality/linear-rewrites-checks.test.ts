// The linear-time rewrites in the quality checks give the same results as the patterns they replaced. Each
// old pattern is kept here as the reference and both are run on thousands of random strings made of the
// characters that matter to it (seeded, so a failure repeats).
import { describe, expect, it } from "vitest";
import { urlIn } from "@/lib/articles/line-kinds";
import { checkResidue } from "@/lib/quality/checks/residue";
import { checkWhitespace } from "@/lib/quality/checks/whitespace";
import { endClass } from "@/lib/quality/checks/punctuation";
import { nameTokens, personCue } from "@/lib/quality/checks/source-names";
import { enCue } from "@/lib/quality/extract/dates";
import { opaqueSpans } from "@/lib/quality/extract/opaque";
import { strings, spans, ctx } from "./random-strings";

describe("old patterns and their linear rewrites agree: quality checks", () => {
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
});
