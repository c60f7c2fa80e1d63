// TMX 1.4b export of the article's approved pairs (vi → target language), for seeding other translation
// memories. Only approved, translatable segments with a target qualify: anything else is not a
// translation the newsroom stands behind.
import { create } from "xmlbuilder2";
import { xmlSafe } from "../text";
import { type RenderOptions, SOURCE_TAG, targetTag } from "../lang-tags";
import type { ExportDocument, ExportSegment } from "../types";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** TMX dates are UTC "YYYYMMDDThhmmssZ"; null when the input is not a valid date. */
function tmxDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** When the translation was made and changed, and who wrote it, where the exporter knows. */
function provenance(s: ExportSegment): Record<string, string> {
  const out: Record<string, string> = {};
  const created = tmxDate(s.createdAt ?? null);
  const changed = tmxDate(s.changedAt ?? null);
  if (created) out.creationdate = created;
  if (s.author) out.creationid = xmlSafe(s.author);
  if (changed) out.changedate = changed;
  if (s.author) out.changeid = xmlSafe(s.author);
  return out;
}

export function renderTmx(doc: ExportDocument, options: RenderOptions = {}): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele("tmx", { version: "1.4" });
  const header = root.ele("header", {
    creationtool: "Duyet",
    creationtoolversion: "1",
    segtype: "sentence",
    "o-tmf": "duyet",
    adminlang: "en",
    srclang: SOURCE_TAG,
    datatype: "plaintext",
  });
  // The date of the snapshot, not "now": the same snapshot always exports to the same bytes.
  const created = tmxDate(doc.publishedAt);
  if (created) header.att("creationdate", created);
  const body = root.ele("body");
  const pairs = doc.segments
    .filter((s) => s.translatable && s.state === "approved" && s.source.trim() !== "" && s.target.trim() !== "")
    .sort((a, b) => a.position - b.position);
  for (const s of pairs) {
    const tu = body.ele("tu", { tuid: s.id, ...provenance(s) });
    // <prop> carries provenance so a TM lookup can show which article a match came from.
    tu.ele("prop", { type: "x-duyet-article" }).txt(xmlSafe(doc.articleId));
    tu.ele("prop", { type: "x-duyet-kind" }).txt(s.kind);
    tu.ele("tuv").att(XML_NS, "xml:lang", SOURCE_TAG).ele("seg").txt(xmlSafe(s.source));
    tu.ele("tuv").att(XML_NS, "xml:lang", targetTag(doc.lang, options)).ele("seg").txt(xmlSafe(s.target));
  }
  return root.end({ prettyPrint: true }) + "\n";
}
