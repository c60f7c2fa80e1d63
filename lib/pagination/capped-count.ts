// Totals over tables that grow without bound are counted up to a cap: "10,000+" costs a bounded index
// scan (COUNT over LIMIT 10,001), where an exact count(*) reads every matching row on every request.

export const COUNT_CAP = 10_000;
/** What a service passes as `take` to `count`: one more than the cap tells "more than the cap". */
export const COUNT_TAKE = COUNT_CAP + 1;

/** count: exact when not capped, else the cap ("10,000+"). */
export type CappedCount = { count: number; capped: boolean };

export function cappedCount(counted: number): CappedCount {
  return counted > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: counted, capped: false };
}
