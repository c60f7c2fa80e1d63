import { AppError } from "@/lib/errors";
import { prepareImportText, SegmentList } from "./import-input";
import { isBoilerplateLine, isBylineLine, isCaptionLine, isSourceLine, urlIn } from "./line-kinds";
import type { ParsedArticle } from "./parse-import";
import { normalizeText, splitSentences } from "./segment";

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
  const lines = prepareImportText(text).split("\n").map(normalizeText).filter((line) => line !== "");
  const titleIndex = lines.findIndex((line) => /\p{L}/u.test(line) && !isBoilerplateLine(line));
  if (titleIndex < 0) throw new AppError("IMPORT_NO_TITLE");
  const title = lines[titleIndex]!;
  const tail = classifyTail(lines, titleIndex + 1);
  const list = new SegmentList();
  let sourceUrl: string | null = null;
  const bylines: string[] = [];
  let leadSeen = false;

  // Scraped junk above the headline is kept with it rather than dropped or promoted to a title.
  for (const line of lines.slice(0, titleIndex)) list.add({ paragraph: 0, kind: "boilerplate", text: line });
  list.add({ paragraph: 0, kind: "title", text: title });

  lines.forEach((line, index) => {
    if (index <= titleIndex) return;
    const paragraph = index - titleIndex;
    const tailKind = tail.get(index) ?? (isBoilerplateLine(line) ? "boilerplate" : undefined);
    if (tailKind) {
      if (tailKind === "source") sourceUrl ??= urlIn(line);
      if (tailKind === "byline") bylines.push(line);
      list.add({ paragraph, kind: tailKind, text: line });
      return;
    }
    const kind = isCaptionLine(line) ? "caption" : leadSeen ? "body" : "lead";
    if (kind === "lead") leadSeen = true;
    for (const sentence of splitSentences(line)) list.add({ paragraph, kind, text: sentence });
  });

  return { title, sourceUrl, byline: bylines.length > 0 ? bylines.join(", ") : null, segments: list.segments };
}
