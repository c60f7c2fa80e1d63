import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import {
  assertCleanFile,
  assertCleanXml,
  assertText,
  codePointPosition,
  findInvalidCharacter,
  lineAndColumn,
  textProblem,
} from "@/lib/text/hygiene";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { cleanText, textIssueError } from "@/lib/text/schema";

function errorOf(fn: () => unknown): { code: string; params: Record<string, string | number> } {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("did not throw");
}

describe("findInvalidCharacter", () => {
  it("accepts Vietnamese, German, emoji, tabs and line breaks", () => {
    expect(findInvalidCharacter("Hà Nội\tmở 3 tuyến\r\nbuýt điện — Straße 😀 “x”")).toBeNull();
    expect(findInvalidCharacter("")).toBeNull();
    expect(findInvalidCharacter("\ufffd replacement characters are text")).toBeNull();
  });

  it("finds NUL and the other C0 control characters", () => {
    expect(findInvalidCharacter("ab\u0000c")).toEqual({ index: 2, character: "U+0000" });
    expect(findInvalidCharacter("a\u0007")).toEqual({ index: 1, character: "U+0007" });
    expect(findInvalidCharacter("\u001f")).toEqual({ index: 0, character: "U+001F" });
    expect(findInvalidCharacter("a\u000bb")).toEqual({ index: 1, character: "U+000B" });
  });

  it("finds lone surrogates but not pairs", () => {
    expect(findInvalidCharacter("x\ud800")).toEqual({ index: 1, character: "U+D800" });
    expect(findInvalidCharacter("\ud800x")).toEqual({ index: 0, character: "U+D800" });
    expect(findInvalidCharacter("x\udfff")).toEqual({ index: 1, character: "U+DFFF" });
    expect(findInvalidCharacter("\udc00\ud83d")).toEqual({ index: 0, character: "U+DC00" });
    expect(findInvalidCharacter("\ud83d\ude00\ud83d\ude00")).toBeNull();
    expect(findInvalidCharacter("\ud83d\ude00\ud83d")).toEqual({ index: 2, character: "U+D83D" });
  });
});

describe("positions", () => {
  it("counts code points, 1-based", () => {
    expect(codePointPosition("😀a\u0000", 3)).toBe(3);
    expect(lineAndColumn("ab\ncd😀e\u0000", 8)).toEqual({ line: 2, column: 5 });
    expect(lineAndColumn("x", 0)).toEqual({ line: 1, column: 1 });
  });
});

describe("textProblem and assertText", () => {
  it("reports the limit and the actual length first", () => {
    expect(textProblem("x".repeat(11), 10)).toEqual({ code: "TEXT_TOO_LONG", params: { limit: 10, actual: 11 } });
    expect(textProblem("x".repeat(10), 10)).toBeNull();
    expect(errorOf(() => assertText("y".repeat(MAX_SEGMENT_TEXT + 1), "text", MAX_SEGMENT_TEXT))).toEqual({
      code: "TEXT_TOO_LONG",
      params: { field: "text", limit: MAX_SEGMENT_TEXT, actual: MAX_SEGMENT_TEXT + 1 },
    });
  });

  it("reports the character and its position", () => {
    expect(errorOf(() => assertText("Giá 😀\ud800", "reason", 100))).toEqual({
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "reason", position: 6, character: "U+D800" },
    });
  });
});

describe("cleanText (zod)", () => {
  const schema = z.object({ text: cleanText(5), note: cleanText().optional() });

  it("parses clean text unchanged", () => {
    expect(schema.parse({ text: "ab\tc", note: "x".repeat(100_000) })).toEqual({
      text: "ab\tc",
      note: "x".repeat(100_000),
    });
  });

  it("turns its issues into the coded error naming the field", () => {
    const long = schema.safeParse({ text: "123456" });
    const issue = long.error?.issues[0];
    expect(issue && textIssueError(issue, issue.path.join("."))).toMatchObject({
      code: "TEXT_TOO_LONG",
      params: { field: "text", limit: 5, actual: 6 },
    });
    const nul = schema.safeParse({ text: "a", note: "b\u0000" });
    const nulIssue = nul.error?.issues[0];
    expect(nulIssue && textIssueError(nulIssue, "note")).toMatchObject({
      code: "TEXT_INVALID_CHARACTER",
      params: { field: "note", position: 2 },
    });
  });

  it("leaves other issues to the caller", () => {
    const issue = schema.safeParse({ text: 5 }).error?.issues[0];
    expect(issue && textIssueError(issue, "text")).toBeNull();
  });
});

describe("files", () => {
  it("refuses a control character in a text file with line and column", () => {
    expect(errorOf(() => assertCleanFile("Tiêu đề\nMột dòng\u0008 hỏng"))).toEqual({
      code: "FILE_INVALID_CHARACTER",
      params: { line: 2, column: 9, character: "U+0008" },
    });
    expect(() => assertCleanFile("Tiêu đề\r\n\tMột dòng")).not.toThrow();
  });

  it("refuses character references to NUL, controls and surrogates in XML, and raw ones", () => {
    expect(errorOf(() => assertCleanXml("<tmx>\n<seg>a&#0;</seg></tmx>"))).toEqual({
      code: "FILE_INVALID_CHARACTER",
      params: { line: 2, column: 7, character: "U+0000" },
    });
    expect(errorOf(() => assertCleanXml("<seg>&#xD800;</seg>")).params.character).toBe("U+D800");
    expect(errorOf(() => assertCleanXml("<seg>&#x1b;</seg>")).params.character).toBe("U+001B");
    expect(errorOf(() => assertCleanXml("<seg>&#55296;</seg>")).params.character).toBe("U+D800");
    expect(errorOf(() => assertCleanXml("<seg>\ud800 then &#0;</seg>")).params).toEqual({
      line: 1,
      column: 6,
      character: "U+D800",
    });
    expect(() => assertCleanXml("<seg>&#9;&#xA;&#13;&#x1F600;&#x20;&amp;#0;</seg>")).not.toThrow();
  });
});
