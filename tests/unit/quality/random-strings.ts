// Seeded random strings from the characters that matter to a pattern, for comparing old and new patterns.
import type { CheckContext } from "@/lib/quality/checks/context";
import type { Span } from "@/lib/quality/types";
import { mulberry32 } from "@/tests/factories/mulberry32";

/** `count` strings of up to `max` pieces drawn from `pieces`. */
export function strings(pieces: string[], count = 3000, max = 24, seed = 9): string[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, () => {
    let s = "";
    const n = Math.floor(rnd() * (max + 1));
    for (let i = 0; i < n; i++) s += pieces[Math.floor(rnd() * pieces.length)];
    return s;
  });
}
export const spans = (re: RegExp, s: string): Span[] =>
  [...s.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
export const ctx = (target: string, source = ""): CheckContext =>
  ({ source, target, lang: "de", kind: "body", options: {} }) as unknown as CheckContext;
