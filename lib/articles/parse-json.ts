/**
 * JSON bundle import: Vietnamese source plus optional existing German/English translations.
 *
 *   {
 *     "title": "Hà Nội mở thêm 3 tuyến buýt điện" | { "vi": "…", "de": "…", "en": "…" },
 *     "sourceUrl": "https://vnexpress.net/…",          // optional, http(s) only
 *     "byline": "Thu Hằng",                             // optional, metadata (not a segment)
 *     "lead": same shape as title,                      // optional, the sapo
 *     "paragraphs": [
 *       "Một đoạn văn chỉ có tiếng Việt.",
 *       { "vi": "Cả đoạn. Hai câu.", "de": "Der ganze Absatz. Zwei Sätze.", "kind": "caption" },
 *       { "sentences": [{ "vi": "Câu một.", "en": "Sentence one." }], "kind": "body" }
 *     ]
 *   }
 *
 * "kind" is one of body (default), caption, boilerplate, source, byline. Whole-paragraph texts are split
 * into sentences; their translations are split too and paired 1:1 only when the sentence counts match,
 * otherwise the paragraph stays one segment so a translation never lands on the wrong sentence.
 * "sentences" are taken as given. Empty "de"/"en" count as missing. Text is never interpreted as HTML.
 */
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  bundleSchema,
  sentencesParagraphSchema,
  textParagraphSchema,
  titleSchema,
  type Localized,
  type ParagraphKind,
} from "./bundle-schema";
import { prepareImportText, SegmentList } from "./import-input";
import { jsonErrorOffset, lineAndColumn } from "./json-position";
import type { SegmentKind, TargetLang } from "@/lib/vocabulary";
import { urlIn } from "./line-kinds";
import type { ParsedArticle } from "./parsed-article";
import { normalizeText, splitSentences } from "./segment";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { assertText } from "@/lib/text/hygiene";
import { textIssueError } from "@/lib/text/schema";

function pathOf(base: (string | number)[], issuePath: readonly PropertyKey[]): string {
  return [...base, ...issuePath].reduce<string>((path, key) => {
    if (typeof key === "number") return `${path}[${key}]`;
    return path === "" ? String(key) : `${path}.${String(key)}`;
  }, "");
}

function check<S extends z.ZodType>(schema: S, value: unknown, base: (string | number)[]): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const keys = issue?.code === "unrecognized_keys" ? issue.keys : [];
  const path = pathOf(base, [...(issue?.path ?? []), ...keys.slice(0, 1)]) || "$";
  throw (
    (issue && textIssueError(issue, path)) ??
    new AppError("IMPORT_INVALID_BUNDLE", { path, reason: issue?.code ?? "invalid" })
  );
}

function translationsOf(value: Localized): Partial<Record<TargetLang, string>> {
  const result: Partial<Record<TargetLang, string>> = {};
  if (value.de !== undefined) result.de = normalizeText(value.de);
  if (value.en !== undefined) result.en = normalizeText(value.en);
  return result;
}

function alignedSentences(value: Localized): Localized[] {
  const vi = splitSentences(value.vi);
  const de = value.de === undefined ? undefined : splitSentences(value.de, "de");
  const en = value.en === undefined ? undefined : splitSentences(value.en, "en");
  const aligned = [de, en].every((split) => split === undefined || split.length === vi.length);
  if (!aligned) return [{ ...value, vi: normalizeText(value.vi) }];
  return vi.map((sentence, index) => ({ vi: sentence, de: de?.[index], en: en?.[index] }));
}

export function parseJsonBundle(json: string): ParsedArticle {
  const text = prepareImportText(json);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError("IMPORT_INVALID_JSON", lineAndColumn(text, jsonErrorOffset(text)));
  }
  const bundle = check(bundleSchema, data, []);
  const list = new SegmentList();
  let sourceUrl = bundle.sourceUrl ?? null;
  let byline = bundle.byline === undefined ? null : normalizeText(bundle.byline);

  // Every stored text, source and translations, fits one segment (the same cap as a save).
  const add = (paragraph: number, kind: SegmentKind, value: Localized, path: string) => {
    const text = normalizeText(value.vi);
    const translations = translationsOf(value);
    assertText(text, `${path}.vi`, MAX_SEGMENT_TEXT);
    for (const [lang, t] of Object.entries(translations)) assertText(t, `${path}.${lang}`, MAX_SEGMENT_TEXT);
    list.add({ paragraph, kind, text, translations });
  };
  const asLocalized = (value: z.output<typeof titleSchema>): Localized =>
    typeof value === "string" ? { vi: value } : value;

  const title = asLocalized(bundle.title);
  add(0, "title", title, "title");
  let paragraph = 1;
  if (bundle.lead !== undefined) {
    for (const sentence of alignedSentences(asLocalized(bundle.lead))) add(paragraph, "lead", sentence, "lead");
    paragraph++;
  }
  bundle.paragraphs.forEach((raw, index) => {
    const base = ["paragraphs", index];
    let kind: ParagraphKind = "body";
    let sentences: Localized[];
    if (typeof raw === "string") {
      sentences = alignedSentences(check(textParagraphSchema, { vi: raw }, base));
    } else if (typeof raw === "object" && raw !== null && "sentences" in raw) {
      const value = check(sentencesParagraphSchema, raw, base);
      kind = value.kind ?? "body";
      sentences = value.sentences;
    } else {
      const value = check(textParagraphSchema, raw, base);
      kind = value.kind ?? "body";
      // Boilerplate, bylines and source lines are records, not prose: one segment each.
      sentences = kind === "body" || kind === "caption" ? alignedSentences(value) : [value];
    }
    for (const sentence of sentences) add(paragraph, kind, sentence, `paragraphs[${index}]`);
    if (kind === "source") sourceUrl ??= sentences.map((s) => urlIn(s.vi)).find((url) => url !== null) ?? null;
    if (kind === "byline") byline ??= normalizeText(sentences[0]?.vi ?? "");
    paragraph++;
  });

  return { title: normalizeText(title.vi), sourceUrl, byline, segments: list.segments };
}
