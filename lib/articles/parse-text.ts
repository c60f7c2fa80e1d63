import { AppError } from "@/lib/errors";
import { prepareImportText, SegmentList } from "./import-input";
import { isBoilerplateLine, isBylineLine, isCaptionLine, isSourceLine, urlIn } from "./line-kinds";
import type { ParsedArticle } from "./parsed-article";
import { normalizeText, splitSentences } from "./segment";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { assertCleanFile } from "@/lib/text/hygiene";

type TailKind = "boilerplate" | "source" | "byline";

// The tail is the run of non-article lines at the very end (byline, "Nguồn: …", share buttons,
// comment counter, in any order). Only there are short name lines bylines and "Nguồn:" a source.
function classifyTail(lines: string[], firstBody: number): Map<number, TailKind> {
  const tail = new Map<number, TailKind>();
  let bylines = 0;
  for (let index = lines.length - 1; index >= firstBody; index--) {
    const line = lines[index]!;
    if (isBoilerplateLine(line)) tail.set(index, "boilerplate");
    else if (isSourceLine(line)) tail.set(index, "source");
    else if (bylines < 2 && isBylineLine(line)) {
      tail.set(index, "byline");
      bylines++;
    } else break;
  }
  return tail;
}

/**
 * A pasted or uploaded article: the first line with words is the title, every further non-empty line
 * a paragraph; the first ordinary paragraph is the lead (sapo).
 */
export function parsePlainText(text: string): ParsedArticle {
  const prepared = prepareImportText(text);
  assertCleanFile(prepared); // control characters and lone surrogates, refused with line and column
  const numbered = prepared
    .split("\n")
    .map((raw, i) => ({ text: normalizeText(raw), line: i + 1 }))
    .filter((l) => l.text !== "");
  const lines = numbered.map((l) => l.text);
  const titleIndex = lines.findIndex((line) => /\p{L}/u.test(line) && !isBoilerplateLine(line));
  if (titleIndex < 0) throw new AppError("IMPORT_NO_TITLE");
  const title = lines[titleIndex]!;
  const tail = classifyTail(lines, titleIndex + 1);
  const segments = new SegmentList();
  // Every segment fits the cap of a save; the error names the line of the file it came from.
  const list = {
    add(index: number, input: Parameters<SegmentList["add"]>[0]) {
      if (input.text.length > MAX_SEGMENT_TEXT) {
        throw new AppError("IMPORT_SEGMENT_TOO_LONG", {
          line: numbered[index]?.line ?? 0,
          limit: MAX_SEGMENT_TEXT,
          actual: input.text.length,
        });
      }
      segments.add(input);
    },
  };
  let sourceUrl: string | null = null;
  const bylines: string[] = [];
  let leadSeen = false;

  // Scraped junk above the headline is kept with it rather than dropped or promoted to a title.
  lines
    .slice(0, titleIndex)
    .forEach((line, index) => list.add(index, { paragraph: 0, kind: "boilerplate", text: line }));
  list.add(titleIndex, { paragraph: 0, kind: "title", text: title });

  lines.forEach((line, index) => {
    if (index <= titleIndex) return;
    const paragraph = index - titleIndex;
    const tailKind = tail.get(index) ?? (isBoilerplateLine(line) ? "boilerplate" : undefined);
    if (tailKind) {
      if (tailKind === "source") sourceUrl ??= urlIn(line);
      if (tailKind === "byline") bylines.push(line);
      list.add(index, { paragraph, kind: tailKind, text: line });
      return;
    }
    const kind = isCaptionLine(line) ? "caption" : leadSeen ? "body" : "lead";
    if (kind === "lead") leadSeen = true;
    for (const sentence of splitSentences(line)) list.add(index, { paragraph, kind, text: sentence });
  });

  return { title, sourceUrl, byline: bylines.length > 0 ? bylines.join(", ") : null, segments: segments.segments };
}
