// The two extractors bench:import compares: Duyệt's HTML import and Readability used alone.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseHtml } from "@/lib/articles/parse-html";
import { readBlocks } from "@/lib/articles/html/blocks";
import type { Extracted } from "./import-score";

const NOTHING: Extracted = {
  title: null,
  lead: null,
  body: [],
  captions: [],
  byline: null,
  sourceUrl: null,
  translatable: [],
};

// A page the import refuses (no article found) scores as nothing extracted.
export function ours(html: string): Extracted {
  try {
    return oursOrThrow(html);
  } catch {
    return NOTHING;
  }
}

function paragraphsOf(segments: { paragraph: number; text: string }[]): Map<number, string[]> {
  const paragraphs = new Map<number, string[]>();
  for (const s of segments) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.text]);
  return paragraphs;
}

function oursOrThrow(html: string): Extracted {
  const article = parseHtml(html);
  const by = (kind: string) => {
    const paragraphs = new Map<number, string[]>();
    for (const s of article.segments.filter((s) => s.kind === kind)) {
      paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.text]);
    }
    return [...paragraphs.values()].map((p) => p.join(" "));
  };
  return {
    title: article.title,
    lead: by("lead")[0] ?? null,
    body: by("body"),
    captions: by("caption"),
    byline: article.byline,
    sourceUrl: article.sourceUrl,
    // Per paragraph, so a boilerplate paragraph split into sentences is still found whole.
    translatable: [...paragraphsOf(article.segments.filter((s) => s.translatable)).values()].map((p) => p.join(" ")),
  };
}

export function readabilityAlone(html: string): Extracted {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const { document: content } = parseHTML(`<html><body>${article?.content ?? ""}</body></html>`);
  const body = readBlocks(content.body as unknown as Element).map((b) => b.text);
  return {
    title: article?.title ?? null,
    lead: article?.excerpt ?? null,
    body,
    captions: [],
    byline: article?.byline ?? null,
    sourceUrl: null,
    translatable: [article?.title ?? "", ...body],
  };
}
