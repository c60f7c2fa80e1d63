// The names a Vietnamese source contains, for the name checks: Vietnamese personal names by their
// surname (Nguyễn Đức Hiển), foreign names because they are not Vietnamese syllables (Trump).
import { hasVietnameseLetters, isVietnameseSyllable } from "../text";
import type { Span } from "../types";
import { SpanIndex } from "../extract/spans";
import { userTextPattern } from "@/lib/text/patterns";

// Surnames that are rarely anything else open a name of three syllables on their own; the others
// (Hoàng Gia = royal, Thái Bình Dương = Pacific, Hà Lan = Netherlands) need a person cue before them.
const STRONG = "Nguyễn|Trần|Lê|Phạm|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Đinh|Trịnh";
const WEAK =
  "Hoàng|Hồ|Dương|Lý|Lương|Đào|Cao|Lâm|Tạ|Hà|Tô|Chu|Đoàn|Vương|Trương|Lại|Kiều|Quách|Tôn|Thái|Mạc|Triệu|Đàm|Phùng|Mai";
const VI_NAME = userTextPattern(
  new RegExp(`(?<![\\p{L}])(?:${STRONG}|${WEAK})(?:[ \\-]\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])`, "gu"),
);
const STRONG_START = userTextPattern(new RegExp(`^(?:${STRONG})[ -]`, "u"));
// Looked for at the end of the 16 characters before a name, whitespace trimmed by hand (see personCue).
const PERSON_CUE =
  /(?:ông|bà|anh|chị|cô|chú|ngài|cụ|em|cháu|chủ tịch|thủ tướng|bộ trưởng|bí thư|tướng|giám đốc|đồng chí|nhà báo|phóng viên|tác giả|TS\.|GS\.|PGS\.|ThS\.|BS\.|TP\.?)$/iu;
// Capitalised English words a German translation rightly translates (titles, institutions).
const COMMON = new Set(
  (
    "The World Grand Prix Reverend Olympic Olympics Games Cup League Premier National Parliament " +
    "Assembly Council Committee Court Supreme House Senate Congress Party Conservative Labour Welsh Scottish British " +
    "English Irish European American Tory Tories Magistrates Police Fire Stars Street Road University Church Hospital " +
    "School College Museum Airport Station Bridge River Lake Island Islands Ocean Sea Mount North South East West New " +
    "Royal Prince Princess King Queen President Minister Prime Secretary General Army Navy Force Department Ministry " +
    "Office Service Agency Union United States Kingdom Republic Federal State City County Province Day Award Prize " +
    "Medal Cross Show News Radio Channel Network Group Company Bank Fund Foundation Institute Center Centre Association " +
    "Society Club Team Stadium Arena Park Hall Tower Palace Square Avenue Highway Mrs Sir Lord Lady Saint"
  ).split(" "),
);
// Vietnamese academic titles before a name (ThS. = master, ThS.BS. = master physician): no names.
const TITLES = new Set(["ThS", "TrS", "BSCKI", "BSCKII"]);
// A name token: a capital, then letters, apostrophes and hyphens, up to the last lowercase letter and
// the letters right after it (TOKEN_RUN finds the run, nameToken cuts it; one regex doing both
// retried from every capital of "A'A'A'…").
const TOKEN_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}’'-]*/gu;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** Longer "names" are not names; the bound keeps the per-name searches below cheap. */
const MAX_NAME_LENGTH = 64;
/** Distinct names checked per segment (a news sentence has fewer than 20): bounds the searches. */
export const MAX_NAMES = 100;

/** `place`: a run of capitalised Vietnamese syllables (Cà Mau, Đắk Lắk) checked for its diacritics only. */
export type SourceName = { name: string; span: Span; vietnamese: boolean; place?: boolean };

// Vietnamese capitalises only proper names inside a sentence: two or more capitalised syllables in a
// row are a person or a place (Cà Mau, Buôn Ma Thuột); not every one reaches a translation as such
// (Đảng Cộng sản), so these are never reported missing, only written with other marks.
const VI_RUN = /(?<![\p{L}.])\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*)+(?![\p{L}])/gu;

function nameToken(run: string): string | null {
  let lastLower = -1;
  let at = 0;
  for (const ch of run) {
    if (at > 0 && LOWER.test(ch)) lastLower = at + ch.length;
    at += ch.length;
  }
  if (lastLower < 0) return null;
  let end = lastLower;
  for (const ch of run.slice(lastLower)) {
    if (!LETTER.test(ch)) break;
    end += ch.length;
  }
  return run.slice(0, end);
}

/** Capitalised tokens with a lowercase letter (Trump, McDonald's, Jean-Marie), where they start. */
export function nameTokens(source: string): Array<{ index: number; token: string }> {
  const out: Array<{ index: number; token: string }> = [];
  for (const m of source.matchAll(TOKEN_RUN)) {
    const token = nameToken(m[0]);
    if (token !== null) out.push({ index: m.index, token });
  }
  return out;
}

/** Whether the text before a name ends with a person cue ("ông ", "Bộ trưởng "). */
export function personCue(before: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && PERSON_CUE.test(trimmed);
}

export function sourceNames(source: string): SourceName[] {
  const out: SourceName[] = [];
  for (const m of source.matchAll(VI_NAME)) {
    const cue = personCue(source.slice(Math.max(0, m.index - 16), m.index));
    const parts = m[0].split(/[ -]/);
    if (parts.every((p) => isVietnameseSyllable(p)) && (cue || (STRONG_START.test(m[0]) && parts.length >= 3))) {
      out.push({ name: m[0], span: [m.index, m.index + m[0].length], vietnamese: true });
    }
  }
  const people = new SpanIndex(out.map((o) => o.span));
  for (const m of source.matchAll(VI_RUN)) {
    const span: Span = [m.index, m.index + m[0].length];
    const parts = m[0].split(/[ -]/);
    if (people.overlaps(span) || !hasVietnameseLetters(m[0]) || !parts.every((p) => isVietnameseSyllable(p))) continue;
    out.push({ name: m[0], span, vietnamese: true, place: true });
  }
  const vietnamese = new SpanIndex(out.map((o) => o.span));
  for (const { index, token } of nameTokens(source)) {
    const span: Span = [index, index + token.length];
    if (
      token.length < 3 ||
      token.length > MAX_NAME_LENGTH ||
      hasVietnameseLetters(token) ||
      isVietnameseSyllable(token) ||
      COMMON.has(token) ||
      TITLES.has(token)
    )
      continue;
    if (vietnamese.overlaps(span)) continue;
    out.push({ name: token.replace(/[’']s$/, ""), span, vietnamese: false });
  }
  return firstDistinct(out);
}

// Every occurrence of the first MAX_NAMES distinct names (Vietnamese ones first, then foreign ones).
function firstDistinct(names: SourceName[]): SourceName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    if (seen.size >= MAX_NAMES && !seen.has(n.name)) return false;
    seen.add(n.name);
    return true;
  });
}
