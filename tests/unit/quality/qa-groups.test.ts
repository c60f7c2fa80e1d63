import { describe, expect, it } from "vitest";
import { checkOf, groupIssues, type QaSegment } from "@/lib/quality/qa-groups";
import type { QualityIssue } from "@/lib/quality";

const issue = (code: string, severity: "error" | "warning", lang: "de" | "en" = "de"): QualityIssue => ({
  code,
  severity,
  lang,
  params: {},
});
const seg = (id: string, position: number, de: QualityIssue[], en: QualityIssue[] = []): QaSegment => ({
  id,
  position,
  translations: { de: { issues: JSON.stringify(de) }, en: { issues: JSON.stringify(en) } },
});

describe("groupIssues", () => {
  it("groups errors before warnings, then by check, with counts, items in article order", () => {
    const groups = groupIssues([
      seg("s2", 2, [issue("number.missing", "error"), issue("glossary.missing", "warning")]),
      seg("s1", 1, [issue("number.mismatch", "error")], [issue("number.missing", "error", "en")]),
      seg("s0", 0, [], [issue("whitespace.double-space", "warning", "en")]),
    ]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ["error", 3],
      ["warning", 2],
    ]);
    const errors = groups[0]!.checks;
    expect(errors.map((c) => [c.check, c.count])).toEqual([["number", 3]]);
    expect(errors[0]!.items.map((i) => `${i.segmentId}:${i.lang}:${i.issue.code}`)).toEqual([
      "s1:de:number.mismatch",
      "s1:en:number.missing",
      "s2:de:number.missing",
    ]);
    expect(groups[1]!.checks.map((c) => [c.check, c.count])).toEqual([
      ["glossary", 1],
      ["whitespace", 1],
    ]);
  });

  it("leaves out a severity without issues and survives a translation without or with broken issues", () => {
    const broken: QaSegment = { id: "b", position: 0, translations: { de: { issues: "{not json" } } };
    const notArray: QaSegment = { id: "c", position: 1, translations: { en: { issues: '{"a":1}' } } };
    expect(groupIssues([broken, notArray, seg("d", 2, [issue("style.repeated-word", "warning")])])).toEqual([
      expect.objectContaining({ severity: "warning", count: 1 }),
    ]);
    expect(groupIssues([])).toEqual([]);
  });

  it("names a check by its code's family", () => {
    expect(checkOf("punctuation.quote-style")).toBe("punctuation");
    expect(checkOf("plain")).toBe("plain");
  });
});
