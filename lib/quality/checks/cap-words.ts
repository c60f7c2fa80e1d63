// The capitalised words of a target, where a name that is not found exactly may still be spelled near.
import { fold } from "../text";

export type CapWord = { index: number; text: string; folded: string };
/** The capitalised words of a target, folded, grouped by their first two letters. */
export type CapWords = { byStart: Map<string, CapWord[]> };
export function capitalised(target: string): CapWords {
  const byStart = new Map<string, CapWord[]>();
  for (const w of target.matchAll(/\p{Lu}\p{L}+/gu)) {
    const folded = fold(w[0]).toLowerCase();
    const list = byStart.get(folded.slice(0, 2)) ?? [];
    list.push({ index: w.index, text: w[0], folded });
    byStart.set(folded.slice(0, 2), list);
  }
  return { byStart };
}
