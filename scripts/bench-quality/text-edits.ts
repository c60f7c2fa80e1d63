// Small edits the corruptions are made of: pick a match at random, replace a stretch of text.
export type Broken = { source: string; target: string };

export const pick = <T>(list: T[], rnd: () => number): T | undefined => list[Math.floor(rnd() * list.length)];
export const all = (re: RegExp, s: string) => [...s.matchAll(re)];
export const splice = (s: string, start: number, end: number, by: string) => s.slice(0, start) + by + s.slice(end);
