// A real article for the export tests: the first NTREX news document (BBC, Welsh Assembly) in Vietnamese
// with its German and English reference translations, line-aligned, plus the scraping furniture the
// product deals with (caption, byline, source line, boilerplate).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExportDocument, ExportSegment } from "@/lib/export/types";
import type { TranslationState } from "@/lib/vocabulary";

const dir = path.resolve(import.meta.dirname, "../../../prisma/demo/ntrex-news-dev");
const read = (lang: string): string[] => readFileSync(path.join(dir, `${lang}.txt`), "utf8").split("\n");
const vi = read("vi");
const de = read("de");
const en = read("en");
const ids = read("doc_ids");
/** Line indices of the first document. */
const lines = ids.map((id, i) => (id === ids[0] ? i : -1)).filter((i) => i >= 0);

export const SOURCE_URL = "https://www.bbc.com/news/uk-wales-politics-46035530";

type Layout = { line: number | null; kind: ExportSegment["kind"]; paragraph: number; text?: string };

// title, lead, body paragraphs of two sentences, a caption after the first body paragraph,
// then byline, source line and an ad marker.
function layout(): Layout[] {
  const [title, lead, ...body] = lines;
  const out: Layout[] = [
    { line: title ?? null, kind: "title", paragraph: 0 },
    { line: lead ?? null, kind: "lead", paragraph: 1 },
  ];
  body.forEach((line, i) => {
    const paragraph = 2 + Math.floor(i / 2);
    out.push({ line, kind: "body", paragraph });
    if (i === 1) out.push({ line: null, kind: "caption", paragraph: 100, text: "CAPTION" });
  });
  out.push({ line: null, kind: "boilerplate", paragraph: 200, text: "[Anzeige_2]" });
  out.push({ line: null, kind: "byline", paragraph: 201, text: "Loan Phương - Ngọc Thảo" });
  out.push({ line: null, kind: "source", paragraph: 202, text: `Nguồn: ${SOURCE_URL}` });
  return out;
}

const CAPTION = {
  vi: "Tòa nhà Quốc hội Wales ở Cardiff.",
  de: "Das Gebäude der Nationalversammlung in Cardiff.",
  en: "The Welsh Assembly building in Cardiff.",
};

export function segments(lang: "de" | "en", state: TranslationState = "approved"): ExportSegment[] {
  const targets = lang === "de" ? de : en;
  return layout().map((l, position) => {
    const translatable = l.kind !== "boilerplate" && l.kind !== "byline" && l.kind !== "source";
    const source = l.line !== null ? (vi[l.line] ?? "") : l.text === "CAPTION" ? CAPTION.vi : (l.text ?? "");
    const target = !translatable ? "" : l.line !== null ? (targets[l.line] ?? "") : CAPTION[lang];
    return {
      id: `seg-${String(position).padStart(3, "0")}`,
      position,
      paragraph: l.paragraph,
      kind: l.kind,
      translatable,
      source,
      target,
      state: translatable ? state : "untranslated",
    };
  });
}

export function publishedDoc(lang: "de" | "en" = "de"): ExportDocument {
  const segs = segments(lang);
  return {
    articleId: "art_bbc381790",
    title: segs[0]?.target ?? "",
    sourceUrl: SOURCE_URL,
    byline: "Loan Phương - Ngọc Thảo",
    lang,
    version: 3,
    status: "published",
    publishedAt: "2026-03-24T07:30:00.000Z",
    segments: segs,
  };
}

/** Current working state: a mix of states, one segment still untranslated. */
export function draftDoc(lang: "de" | "en" = "de"): ExportDocument {
  const doc = publishedDoc(lang);
  const states: TranslationState[] = ["approved", "translated", "machine", "draft", "rejected", "untranslated"];
  let i = 0;
  const segs = doc.segments.map((s) => {
    if (!s.translatable) return s;
    const state = states[i++ % states.length] ?? "draft";
    return { ...s, state, target: state === "untranslated" ? "" : s.target };
  });
  return { ...doc, version: null, status: "draft", publishedAt: null, segments: segs };
}

export const viLine = (n: number): string => vi[lines[n] ?? -1] ?? "";
export const targetLine = (lang: "de" | "en", n: number): string => (lang === "de" ? de : en)[lines[n] ?? -1] ?? "";

/** Runs fn and returns the AppError code (and params) it threw, or fails. */
export function thrown(fn: () => unknown): { code: string; params: Record<string, string | number> } {
  try {
    fn();
  } catch (error) {
    const e = error as { code?: string; params?: Record<string, string | number> };
    if (typeof e.code === "string") return { code: e.code, params: e.params ?? {} };
    throw error;
  }
  throw new Error("expected an AppError, nothing was thrown");
}
