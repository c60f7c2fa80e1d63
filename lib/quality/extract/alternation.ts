/** Alternation of literal phrases, longest first, for building regexes. */
export function alternation(items: string[]): string {
  return [...items]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");
}
