// Lists inside a paragraph: a line that ends with ":" ends a segment, and each list line after it
// ("2019: 312,5 tỷ đồng…", "- 8/4: tiếp công dân…") is a segment of its own, with or without a final
// period. Other line breaks are ordinary whitespace. One pass over the lines: linear.
const LIST_ITEM = /^(?:[-–•*+]\s|\d|\p{Lu})/u;

/** The paragraph cut into blocks that no sentence may span (each is then segmented on its own). */
export function listBlocks(paragraph: string): string[] {
  if (!paragraph.includes("\n")) return [paragraph];
  const blocks: string[] = [];
  let current: string[] = [];
  let inList = false;
  for (const raw of paragraph.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const breakBefore = inList && LIST_ITEM.test(line);
    if (breakBefore && current.length) {
      blocks.push(current.join(" "));
      current = [];
    }
    current.push(line);
    if (line.endsWith(":")) {
      blocks.push(current.join(" "));
      current = [];
      inList = true;
    } else if (!breakBefore) inList = false;
  }
  if (current.length) blocks.push(current.join(" "));
  return blocks;
}
