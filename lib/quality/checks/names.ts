// name.*: proper names copied from the source must reach the target. Foreign names are recognised
// because they are not Vietnamese syllables (Trump, Kavanaugh); Vietnamese personal names by their
// surname (Nguyễn Đức Hiển) and checked against the house style for diacritics.
import { issue } from "../catalogue";
import { editDistance, escapeRegExp, fold, hasVietnameseLetters } from "../text";
import type { QualityIssue, Span } from "../types";
import type { Check } from "./context";
import { capitalised, type CapWords } from "./cap-words";
import { ADJECTIVES_EN, EXONYMS } from "./name-exonyms";
import { nearName, targetWords, type TargetWords } from "./name-near";
import { sourceNames } from "./source-names";

// Names recur, so their compiled patterns are kept (bounded: the server is long-lived). Without the
// g or y flag a pattern holds no state between uses.
const compiled = new Map<string, RegExp>();

/** A name's words at the start of a word, with spaces or hyphens (or nothing) between them. */
export function namePattern(parts: string[]): RegExp {
  const key = parts.join("\u0000");
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${parts.map(escapeRegExp).join("[\\s-]*")}`, "u");
    if (compiled.size >= 5_000) compiled.clear();
    compiled.set(key, re);
  }
  return re;
}

// A name whose first word does not occur at all needs no regex scan (indexOf is far cheaper).
function firstAt(text: string, parts: string[]): RegExpExecArray | null {
  if (parts[0] && !text.includes(parts[0])) return null;
  return namePattern(parts).exec(text);
}

export type NameMatch = { kind: "exact" | "stripped" | "fuzzy"; span: Span; found: string } | null;

/** Where `name` appears in `target`: exact, without diacritics, or only as a near spelling. */
export function findName(
  target: string,
  name: string,
  foldedTarget = fold(target).toLowerCase(),
  german = false,
  words: () => CapWords = () => capitalised(target),
): NameMatch {
  const exact = firstAt(target, name.split(/[ -]+/));
  if (exact) return { kind: "exact", span: [exact.index, exact.index + exact[0].length], found: exact[0] };
  const f = fold(name).toLowerCase().split(/[ -]+/);
  const loose = firstAt(foldedTarget, f);
  if (loose) {
    const found = target.slice(loose.index, loose.index + loose[0].length);
    // "Thái Lan" in "Thailand", "Hà Nội" in "Hanoier": a longer word, the target language's own name.
    const longer = /\p{L}/u.test(target.charAt(loose.index + loose[0].length));
    return {
      kind: found === name || !hasVietnameseLetters(name) || longer ? "exact" : "stripped",
      span: [loose.index, loose.index + loose[0].length],
      found,
    };
  }
  const key = f.join(" ");
  // German compounds take in a loanword: "Festival" → "Meeresfestivals", "Marathon" → "Stadtmarathon".
  if (german && f.length === 1 && key.length >= 6 && !hasVietnameseLetters(name)) {
    const i = foldedTarget.indexOf(key);
    if (i > 0 && /\p{L}/u.test(foldedTarget.charAt(i - 1)))
      return { kind: "exact", span: [i, i + key.length], found: target.slice(i, i + key.length) };
  }
  for (const stem of (german ? EXONYMS : ADJECTIVES_EN)[key] ?? []) {
    const i = foldedTarget.search(namePattern([stem]));
    if (i >= 0) return { kind: "exact", span: [i, i + stem.length], found: target.slice(i, i + stem.length) };
  }
  // A near spelling (Villareal for Villarreal, Bjørn for Bjorn) counts as present; a German
  // inflection may extend a long name (Kavanaughs), a short one must match as a whole word.
  if (key.length < 5 || f.length > 1) return null;
  // Only words that begin like the name (or with k for c: Catalonia → Katalonien), in text order.
  const { byStart } = words();
  const same = byStart.get(key.slice(0, 2)) ?? [];
  const k = key[0] === "c" ? (byStart.get(`k${key[1]}`) ?? []) : [];
  for (const w of k.length ? [...same, ...k].sort((a, b) => a.index - b.index) : same) {
    const word = w.folded;
    const near =
      editDistance(key, word, 1) <= 1 || (key.length >= 7 && editDistance(key, word.slice(0, key.length), 1) <= 1);
    if (near) return { kind: "fuzzy", span: [w.index, w.index + w.text.length], found: w.text };
  }
  return null;
}

/**
 * findName for many names in one target: each distinct name is looked for once, and the target's
 * capitalised words are folded once for all of them rather than once per name.
 */
export function nameFinder(target: string, foldedTarget?: string, german = false): (name: string) => NameMatch {
  const found = new Map<string, NameMatch>();
  let words: CapWords | null = null;
  let folded = foldedTarget;
  const lazyWords = () => (words ??= capitalised(target));
  return (name) => {
    // Folded only when a name is looked for: most segments have none.
    folded ??= fold(target).toLowerCase();
    if (!found.has(name)) found.set(name, findName(target, name, folded, german, lazyWords));
    return found.get(name) ?? null;
  };
}

// Established exonyms written without diacritics in every house style (folded, lower case).
const EXONYMS_VI = new Set(["ha noi", "ho chi minh", "sai gon", "viet nam", "me kong", "mekong"]);

/** Whether a word of the found form carries marks, yet other ones than the source's (Phúc for Phước). */
export function toneDiffers(name: string, found: string): boolean {
  const a = name.split(/[\s-]+/);
  const b = found.split(/[\s-]+/);
  if (a.length !== b.length) return false;
  return b.some((w, i) => w !== fold(w) && w.toLowerCase() !== (a[i] ?? "").toLowerCase());
}

export const checkNames: Check = ({ source, target, lang, options }) => {
  const out: QualityIssue[] = [];
  const find = nameFinder(target, undefined, lang === "de");
  let tw: TargetWords | undefined;
  for (const n of sourceNames(source)) {
    const hit = find(n.name);
    if (!hit) {
      const near = n.vietnamese && !n.place ? nearName(target, (tw ??= targetWords(target)), n.name) : null;
      if (near) out.push(issue("name.tone-mismatch", lang, { name: n.name, found: near.found }, n.span, near.span));
      else if (!n.place) out.push(issue("name.missing", lang, { name: n.name }, n.span));
      continue;
    }
    // A mark that is there but wrong is an error under any house style.
    // Foreign names: only where the source itself writes marks (Sane ↔ Sané is a spelling choice).
    const marked = n.vietnamese || (n.name !== fold(n.name) && hasVietnameseLetters(hit.found));
    if (hit.kind !== "fuzzy" && marked && toneDiffers(n.name, hit.found)) {
      out.push(issue("name.tone-mismatch", lang, { name: n.name, found: hit.found }, n.span, hit.span));
      continue;
    }
    if (!n.vietnamese || !options.style || EXONYMS_VI.has(fold(n.name).toLowerCase())) continue;
    if (options.style.diacritics === "keep" && hit.kind === "stripped")
      out.push(issue("name.diacritics-stripped", lang, { name: n.name, found: hit.found }, n.span, hit.span));
    if (options.style.diacritics === "strip" && hasVietnameseLetters(hit.found))
      out.push(issue("name.diacritics-kept", lang, { name: n.name, found: hit.found }, n.span, hit.span));
  }
  return out;
};
