// The linear-time rewrites in line kinds, numerals and TMX markup give the same results as the patterns
// they replaced (old pattern kept as the reference, seeded random strings).
import { describe, expect, it } from "vitest";
import { isBylineLine } from "@/lib/articles/line-kinds";
import { normalizeText } from "@/lib/articles/segment";
import { parseNumeral } from "@/lib/quality/extract/numeral";
import { segMarkupToText } from "@/lib/translation/tmx-seg";
import { strings } from "./random-strings";

describe("old patterns and their linear rewrites agree: parsing", () => {
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
