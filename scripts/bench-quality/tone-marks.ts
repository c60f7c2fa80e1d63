// A Vietnamese name with one tone mark changed (Phước → Phúc): a corruption only a careful check sees.
import { isVietnameseSyllable } from "@/lib/quality/text";
import { pick } from "./text-edits";

const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
/**
 * Capitalised Vietnamese word runs (people and places) written the same in source and target. Only
 * Vietnamese syllables: a Spanish accent (Zárate) is a spelling choice, not a tone mark.
 */
export function vietnameseNames(s: string, t: string): string[] {
  const runs = s.match(/\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*)+/gu) ?? [];
  return runs.filter(
    (r) => /[^\p{ASCII}]/u.test(r) && r.split(/[ -]/).every(isVietnameseSyllable) && t.split(r).length === 2,
  );
}

export function changeTone(name: string, rnd: () => number): string | null {
  const syllables = name.normalize("NFD").split(/(?=[ -])/u);
  const toned = syllables.map((x, i) => [x, i] as const).filter(([x]) => TONES.some((m) => x.includes(m)));
  const hit = pick(toned, rnd);
  if (!hit) return null;
  const [syl, i] = hit;
  const old = TONES.find((m) => syl.includes(m)) ?? "";
  const options = ["", ...TONES.filter((m) => m !== old)];
  // The new mark goes after the vowel's own marks (circumflex, breve, horn), where NFC expects it.
  const at = syl.indexOf(old);
  const rest = syl.slice(0, at) + syl.slice(at + old.length);
  let end = at;
  while (end < rest.length && /[\u0302\u0306\u031b]/u.test(rest.charAt(end))) end++;
  syllables[i] = rest.slice(0, end) + (pick(options, rnd) ?? "") + rest.slice(end);
  return syllables.join("").normalize("NFC");
}
