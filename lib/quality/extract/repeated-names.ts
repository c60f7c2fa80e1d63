import type { NumberMention } from "./number-mention";

// "Thế chiến II … cuối Thế chiến II" ↔ "World War 2 … the end of the war": a name repeated with its
// numeral (same word before, same numeral) is rendered once; its repeat is no missing quantity. A
// figure repeated after another word ("giảm 5% … tăng 5%") stays required.
const LETTER = /^\p{L}$/u;
/** The word right before `at` ("chiến" in "Thế chiến II"), read backwards over letters: no regex scan. */
function wordBefore(text: string, at: number): string | null {
  const chars = [...text.slice(Math.max(0, at - 24), at)];
  if (!/^\s$/u.test(chars.pop() ?? "")) return null;
  let start = chars.length;
  while (start > 0 && LETTER.test(chars[start - 1]!)) start--;
  return start < chars.length ? chars.slice(start).join("") : null;
}
function repeatKey(text: string, m: NumberMention): string | null {
  const word = wordBefore(text, m.span[0]);
  return word && word.length > 1 && !m.soft ? `${word.toLowerCase()}\u0000${m.raw}` : null;
}
export function repeatsDropped(
  missing: NumberMention[],
  matched: { s: NumberMention }[],
  text: string,
): NumberMention[] {
  const found = new Set(matched.map((p) => repeatKey(text, p.s)).filter(Boolean));
  return missing.filter((m) => {
    const key = repeatKey(text, m);
    return !key || !found.has(key);
  });
}
