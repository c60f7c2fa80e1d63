// Characters no text in Duyệt may hold, at every boundary that accepts text: NUL and the other C0
// control characters except tab, line feed and carriage return (invisible, dropped by every XML
// export, and PostgreSQL refuses NUL in text columns outright), and lone UTF-16 surrogates (half a
// character: not valid Unicode, turned into U+FFFD or refused by encoders and databases).
import { AppError } from "@/lib/errors";

export type InvalidCharacter = {
  /** UTF-16 offset of the character. */
  index: number;
  /** "U+0000", "U+D800": how the error names it. */
  character: string;
};

const name = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first character no text may hold, or null. Linear, one pass. */
export function findInvalidCharacter(text: string): InvalidCharacter | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return { index: i, character: name(c) };
    } else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return { index: i, character: name(c) };
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return { index: i, character: name(c) };
  }
  return null;
}

/** Whether a code point named by a character reference (&#…;) is one no text may hold. */
export function isInvalidCodePoint(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0xd800 && cp <= 0xdfff);
}

/** 1-based position in code points, as an editor counts (a surrogate pair is one). */
export function codePointPosition(text: string, index: number): number {
  let position = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < index) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    position++;
  }
  return position;
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  let line = 1;
  let lineStart = 0;
  for (let i = before.indexOf("\n"); i >= 0; i = before.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: codePointPosition(before.slice(lineStart), before.length - lineStart) };
}

export type TextProblem =
  | { code: "TEXT_TOO_LONG"; params: { limit: number; actual: number } }
  | { code: "TEXT_INVALID_CHARACTER"; params: { position: number; character: string } };

/** What is wrong with a text for a field that holds at most `max` characters, or null. */
export function textProblem(text: string, max: number): TextProblem | null {
  if (text.length > max) return { code: "TEXT_TOO_LONG", params: { limit: max, actual: text.length } };
  const bad = findInvalidCharacter(text);
  if (bad)
    return {
      code: "TEXT_INVALID_CHARACTER",
      params: { position: codePointPosition(text, bad.index), character: bad.character },
    };
  return null;
}

/** Throws TEXT_TOO_LONG or TEXT_INVALID_CHARACTER naming `field`; for pure parsers and services. */
export function assertText(text: string, field: string, max: number): void {
  const problem = textProblem(text, max);
  if (problem) throw new AppError(problem.code, { field, ...problem.params });
}

/** A file (plain text import) may not hold these characters: refused with the line and column. */
export function assertCleanFile(text: string): void {
  const bad = findInvalidCharacter(text);
  if (bad)
    throw new AppError("FILE_INVALID_CHARACTER", { ...lineAndColumn(text, bad.index), character: bad.character });
}

const CHAR_REF = /&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;

/**
 * An XML file (XLIFF, TMX) may not hold these characters either, written out or as a character
 * reference (&#0;, &#xD800;). Refused with the line and column of the first one.
 */
export function assertCleanXml(xml: string): void {
  let first = findInvalidCharacter(xml);
  CHAR_REF.lastIndex = 0;
  for (let m = CHAR_REF.exec(xml); m && (first === null || m.index < first.index); m = CHAR_REF.exec(xml)) {
    const cp = m[1] === undefined ? Number(m[2]) : parseInt(m[1], 16);
    if (isInvalidCodePoint(cp)) first = { index: m.index, character: name(cp) };
  }
  if (first)
    throw new AppError("FILE_INVALID_CHARACTER", { ...lineAndColumn(xml, first.index), character: first.character });
}
