// What a page says about its article outside the visible text: <meta> (Open Graph, description,
// author), <link rel="canonical"> and schema.org JSON-LD. Read before scripts are removed.
import { normalizeText } from "../segment";

export type PageMetadata = {
  title: string | null;
  description: string | null;
  url: string | null;
  author: string | null;
  /** JSON-LD articleBody: the article's text where a site puts it there (one string, no paragraphs). */
  articleBody: string | null;
};

const ARTICLE_TYPES = new Set(["Article", "NewsArticle", "ReportageNews", "BlogPosting", "AnalysisNewsArticle"]);
/** JSON-LD nests @graph and arrays; a bound keeps a hostile page from sending the walk in circles. */
const MAX_JSONLD_NODES = 2000;

function clean(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = normalizeText(value);
  return text === "" ? null : text;
}

function nameOf(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(", ") : null;
  }
  if (value && typeof value === "object") return clean((value as Record<string, unknown>).name);
  return clean(value);
}

function isArticle(node: Record<string, unknown>): boolean {
  const type = node["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t));
}

function jsonLdArticle(document: Document): Record<string, unknown> | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // sites ship broken JSON-LD; the rest of the page still counts
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < MAX_JSONLD_NODES; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === "object") {
        const record = node as Record<string, unknown>;
        if (isArticle(record)) return record;
        if (record["@graph"]) queue.push(record["@graph"]);
      }
    }
  }
  return null;
}

function meta(document: Document, key: string): string | null {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  // Some sites write value= instead of content= (abendblatt.de); browsers ignore it, metadata readers don't.
  return clean(element?.getAttribute("content") ?? element?.getAttribute("value"));
}

function urlOf(value: unknown): string | null {
  if (value && typeof value === "object") return clean((value as Record<string, unknown>)["@id"]);
  return clean(value);
}

export function readMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticle(document);
  const canonical = clean(document.querySelector('link[rel="canonical"]')?.getAttribute("href"));
  return {
    title: meta(document, "og:title") ?? clean(ld?.headline) ?? meta(document, "twitter:title"),
    description: meta(document, "og:description") ?? clean(ld?.description) ?? meta(document, "description"),
    url: canonical ?? meta(document, "og:url") ?? urlOf(ld?.mainEntityOfPage) ?? clean(ld?.url),
    author: nameOf(ld?.author) ?? meta(document, "author"),
    articleBody: clean(ld?.articleBody),
  };
}
