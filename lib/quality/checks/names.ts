// name.*: proper names copied from the source must reach the target. Foreign names are recognised
// because they are not Vietnamese syllables (Trump, Kavanaugh); Vietnamese personal names by their
// surname (Nguyễn Đức Hiển) and checked against the house style for diacritics.
import { issue } from "../catalogue";
import { editDistance, escapeRegExp, fold, hasVietnameseLetters, isVietnameseSyllable } from "../text";
import type { QualityIssue, Span } from "../types";
import { SpanIndex } from "../extract/spans";
import type { Check } from "./context";

// Surnames that are rarely anything else open a name of three syllables on their own; the others
// (Hoàng Gia = royal, Thái Bình Dương = Pacific, Hà Lan = Netherlands) need a person cue before them.
const STRONG = "Nguyễn|Trần|Lê|Phạm|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Đinh|Trịnh";
const WEAK = "Hoàng|Hồ|Dương|Lý|Lương|Đào|Cao|Lâm|Tạ|Hà|Tô|Chu|Đoàn|Vương|Trương|Lại|Kiều|Quách|Tôn|Thái|Mạc|Triệu|Đàm|Phùng|Mai";
const VI_NAME = new RegExp(`(?<![\\p{L}])(?:${STRONG}|${WEAK})(?:[ \\-]\\p{Lu}\\p{Ll}*){1,3}(?![\\p{L}])`, "gu");
const STRONG_START = new RegExp(`^(?:${STRONG})[ -]`, "u");
// Looked for at the end of the 16 characters before a name, whitespace trimmed by hand (see personCue).
const PERSON_CUE = /(?:ông|bà|anh|chị|cô|chú|ngài|cụ|em|cháu|chủ tịch|thủ tướng|bộ trưởng|bí thư|tướng|giám đốc|đồng chí|nhà báo|phóng viên|tác giả|TS\.|GS\.|PGS\.|ThS\.|BS\.|TP\.?)$/iu;
// Capitalised English words a German translation rightly translates (titles, institutions).
const COMMON = new Set(("The World Grand Prix Reverend Olympic Olympics Games Cup League Premier National Parliament " +
  "Assembly Council Committee Court Supreme House Senate Congress Party Conservative Labour Welsh Scottish British " +
  "English Irish European American Tory Tories Magistrates Police Fire Stars Street Road University Church Hospital " +
  "School College Museum Airport Station Bridge River Lake Island Islands Ocean Sea Mount North South East West New " +
  "Royal Prince Princess King Queen President Minister Prime Secretary General Army Navy Force Department Ministry " +
  "Office Service Agency Union United States Kingdom Republic Federal State City County Province Day Award Prize " +
  "Medal Cross Show News Radio Channel Network Group Company Bank Fund Foundation Institute Center Centre Association " +
  "Society Club Team Stadium Arena Park Hall Tower Palace Square Avenue Highway Mrs Sir Lord Lady Saint").split(" "));
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
// Exonyms: the German (or English) name of a place differs from the one the Vietnamese copy uses.
const EXONYMS: Record<string, string[]> = {
  moscow: ["moskau"], singapore: ["singapur"], mexico: ["mexiko"], naples: ["neapel"], catalonia: ["katalon"],
  catalan: ["katalan"], wales: ["walis", "welsh"], scotland: ["schott", "scottish"], england: ["engl"], brussels: ["brussel"],
  vienna: ["wien"], munich: ["munchen"], cologne: ["koln"], rome: ["rom"], prague: ["prag"], warsaw: ["warschau"],
  copenhagen: ["kopenhagen"], athens: ["athen"], lisbon: ["lissabon"], geneva: ["genf"], milan: ["mailand"],
  venice: ["venedig"], belgrade: ["belgrad"], cyprus: ["zypern"], iraq: ["irak"], micronesia: ["mikronesien"],
  europe: ["europ"], european: ["europ"], pacific: ["pazifi"], caribbean: ["karibi"], africa: ["afrika"],
  syria: ["syr"], indonesia: ["indones"], hague: ["haag"], kremlin: ["kreml"], olympic: ["olymp"], welsh: ["walis"],
  bolivia: ["bolivi"], colombia: ["kolumbi"], california: ["kaliforni"], russia: ["russ"], victoria: ["viktoria"],
  argentina: ["argentin"], uzbekistan: ["usbek"], korea: ["korea"], china: ["chin"], japan: ["japan"],
};
// English keeps the place name but often uses its adjective (Welsh assembly, Scottish estates).
const ADJECTIVES_EN: Record<string, string[]> = {
  wales: ["welsh"], scotland: ["scottish", "scots"], england: ["english"], britain: ["british"], ireland: ["irish"],
  france: ["french"], spain: ["spanish"], netherlands: ["dutch"], holland: ["dutch"], argentina: ["argentin"],
  indonesia: ["indonesian"], china: ["chinese"], japan: ["japanese"], vietnam: ["vietnamese"],
};

export type SourceName = { name: string; span: Span; vietnamese: boolean };

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

function personCue(before: string): boolean {
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
  const vietnamese = new SpanIndex(out.map((o) => o.span));
  for (const m of source.matchAll(TOKEN_RUN)) {
    const token = nameToken(m[0]);
    if (token === null) continue;
    const span: Span = [m.index, m.index + token.length];
    if (token.length < 3 || token.length > MAX_NAME_LENGTH || hasVietnameseLetters(token) || isVietnameseSyllable(token) || COMMON.has(token)) continue;
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

export type NameMatch = { kind: "exact" | "stripped" | "fuzzy"; span: Span; found: string } | null;

/** Where `name` appears in `target`: exact, without diacritics, or only as a near spelling. */
export function findName(
  target: string, name: string, foldedTarget = fold(target).toLowerCase(), german = false,
  words: () => CapWord[] = () => capitalised(target),
): NameMatch {
  const parts = name.split(/[ -]+/).map((p) => escapeRegExp(p));
  const exact = new RegExp(`(?<![\\p{L}])${parts.join("[\\s-]*")}`, "u").exec(target);
  if (exact) return { kind: "exact", span: [exact.index, exact.index + exact[0].length], found: exact[0] };
  const f = fold(name).toLowerCase().split(/[ -]+/).map(escapeRegExp);
  const loose = new RegExp(`(?<![\\p{L}])${f.join("[\\s-]*")}`, "u").exec(foldedTarget);
  if (loose) {
    const found = target.slice(loose.index, loose.index + loose[0].length);
    return { kind: found === name || !hasVietnameseLetters(name) ? "exact" : "stripped", span: [loose.index, loose.index + loose[0].length], found };
  }
  const key = f.join(" ");
  for (const stem of (german ? EXONYMS : ADJECTIVES_EN)[key] ?? []) {
    const i = foldedTarget.search(new RegExp(`(?<![\\p{L}])${stem}`, "u"));
    if (i >= 0) return { kind: "exact", span: [i, i + stem.length], found: target.slice(i, i + stem.length) };
  }
  // A near spelling (Villareal for Villarreal, Bjørn for Bjorn) counts as present; a German
  // inflection may extend a long name (Kavanaughs), a short one must match as a whole word.
  if (key.length < 5 || f.length > 1) return null;
  for (const w of words()) {
    const word = w.folded;
    if (word.slice(0, 2) !== key.slice(0, 2) && !(key[0] === "c" && word[0] === "k" && word[1] === key[1])) continue;
    const near = editDistance(key, word, 1) <= 1 || (key.length >= 7 && editDistance(key, word.slice(0, key.length), 1) <= 1);
    if (near) return { kind: "fuzzy", span: [w.index, w.index + w.text.length], found: w.text };
  }
  return null;
}

type CapWord = { index: number; text: string; folded: string };
function capitalised(target: string): CapWord[] {
  return [...target.matchAll(/\p{Lu}\p{L}+/gu)].map((w) => ({ index: w.index, text: w[0], folded: fold(w[0]).toLowerCase() }));
}

/**
 * findName for many names in one target: each distinct name is looked for once, and the target's
 * capitalised words are folded once for all of them rather than once per name.
 */
export function nameFinder(target: string, foldedTarget = fold(target).toLowerCase(), german = false): (name: string) => NameMatch {
  const found = new Map<string, NameMatch>();
  let words: CapWord[] | null = null;
  const lazyWords = () => (words ??= capitalised(target));
  return (name) => {
    if (!found.has(name)) found.set(name, findName(target, name, foldedTarget, german, lazyWords));
    return found.get(name) ?? null;
  };
}

export const checkNames: Check = ({ source, target, lang, options }) => {
  const out: QualityIssue[] = [];
  const find = nameFinder(target, fold(target).toLowerCase(), lang === "de");
  for (const n of sourceNames(source)) {
    const hit = find(n.name);
    if (!hit) { out.push(issue("name.missing", lang, { name: n.name }, n.span)); continue; }
    if (!n.vietnamese || !options.style) continue;
    if (options.style.diacritics === "keep" && hit.kind === "stripped") out.push(issue("name.diacritics-stripped", lang, { name: n.name, found: hit.found }, n.span, hit.span));
    if (options.style.diacritics === "strip" && hasVietnameseLetters(hit.found)) out.push(issue("name.diacritics-kept", lang, { name: n.name, found: hit.found }, n.span, hit.span));
  }
  return out;
};
