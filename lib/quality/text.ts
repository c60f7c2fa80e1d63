// Small text helpers shared by extractors and checks.
import type { Span } from "./types";

const ASCII = /^[\x00-\x7f]*$/;
// Folded non-ASCII characters, computed once each (normalising every character of a long text anew
// made folding its slowest part); bounded, as the server lives long.
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f !== undefined) return f;
  if (ch === "đ") f = "d";
  else if (ch === "Đ") f = "D";
  else if (ch === "’" || ch === "‘") f = "'";
  else {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    // Keep length: a precomposed letter folds to one base letter; anything else stays.
    f = base.length === ch.length ? base : ch;
  }
  if (folded.size < 5_000) folded.set(ch, f);
  return f;
}

/** Removes diacritics char by char so offsets stay valid (input is NFC). */
export function fold(s: string): string {
  if (ASCII.test(s)) return s;
  let out = "";
  for (const ch of s) out += ch.charCodeAt(0) < 128 ? ch : foldChar(ch);
  return out;
}

/** Letters only Vietnamese uses (German umlauts and ß excluded on purpose). */
const VI_ONLY = /[ăâđêôơưĂÂĐÊÔƠƯàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/iu;
export function hasVietnameseLetters(s: string): boolean {
  return VI_ONLY.test(s);
}

// Onsets, vowel nuclei and codas of a Vietnamese syllable (after folding): a token that does not
// fit is foreign (Trump, Kavanaugh, Liverpool) and is normally copied into the translation.
// The coda k: Central Highlands names (Đắk Lắk, Đắk Nông).
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnptk])?$/;
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(fold(word).toLowerCase());
}

export type Token = { text: string; span: Span };
/** Word tokens, one at a time: letters/digits with inner apostrophes or hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
export function* wordTokens(s: string): Generator<Token> {
  for (const m of s.matchAll(WORD)) {
    yield { text: m[0], span: [m.index, m.index + m[0].length] };
  }
}
export function words(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD)) out.push({ text: m[0], span: [m.index, m.index + m[0].length] });
  return out;
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}
export function insideAny(span: Span, masks: Span[]): boolean {
  return masks.some((m) => overlaps(span, m));
}

/** Levenshtein distance, early exit above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * NFC text plus a map from NFC offsets back to the caller's offsets, so spans stay exact even
 * when the input arrives decomposed (common for Vietnamese copied from some CMSs).
 */
export function toNfc(text: string): { text: string; back: (i: number) => number } {
  const nfc = text.normalize("NFC");
  if (nfc === text) return { text, back: (i) => i };
  const map: number[] = [];
  let out = "";
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const part = m[0].normalize("NFC");
    for (let k = 0; k < part.length; k++) map.push(m.index);
    out += part;
  }
  map.push(text.length);
  return { text: out, back: (i) => map[i] ?? text.length };
}
