// Greedy one-to-one matching of two lists, as the alignments of numbers, times and dates do it: each
// item of S, in order, takes the first still unused item of T that `ok` accepts. Matched items leave
// both lists (in place), unmatched ones keep their order.
//
// Done naively (find + splice) this is quadratic in the number of mentions, and a 100,000-character
// text holds tens of thousands of them. Here a pointer skips the used head of T, and every comparison
// is paid from a budget shared by one alignment: realistic segments (a few hundred mentions at most)
// never come near it; beyond it the remaining items stay unmatched, which the checks then report.

export type Budget = { left: number };
/** Comparisons one alignment may make: 500 mentions against 500, a few milliseconds. */
export const ALIGN_BUDGET = 250_000;
export const budget = (): Budget => ({ left: ALIGN_BUDGET });

export type Pair<A, B> = { s: A; t: B };

export function takePairs<A, B>(S: A[], T: B[], ok: (s: A, t: B) => boolean, spend: Budget): Array<Pair<A, B>> {
  if (S.length === 0 || T.length === 0) return []; // the usual case: most sentences hold few mentions
  const pairs: Array<Pair<A, B>> = [];
  const used = new Uint8Array(T.length);
  const unmatched: A[] = [];
  let first = 0;
  for (const s of S) {
    while (first < T.length && used[first]) first++;
    let hit = -1;
    for (let j = first; j < T.length && spend.left > 0; j++) {
      spend.left--;
      if (!used[j] && ok(s, T[j] as B)) {
        hit = j;
        break;
      }
    }
    if (hit < 0) unmatched.push(s);
    else {
      used[hit] = 1;
      pairs.push({ s, t: T[hit] as B });
    }
  }
  replace(S, unmatched);
  replace(
    T,
    T.filter((_, j) => !used[j]),
  );
  return pairs;
}

/** What is left on both sides is paired in order (a changed value); the rest is missing or extra. */
export function zip<X>(S: X[], T: X[]): { pairs: Array<Pair<X, X>>; restS: X[]; restT: X[] } {
  const n = Math.min(S.length, T.length);
  const pairs: Array<Pair<X, X>> = [];
  for (let i = 0; i < n; i++) pairs.push({ s: S[i] as X, t: T[i] as X });
  return { pairs, restS: S.slice(n), restT: T.slice(n) };
}

// In place, without spreading (a spread of 50,000 arguments overflows the stack).
function replace<X>(list: X[], items: X[]): void {
  list.length = items.length;
  for (let i = 0; i < items.length; i++) list[i] = items[i] as X;
}
