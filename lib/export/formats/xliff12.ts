// XLIFF 1.2 export (OASIS, urn:oasis:names:tc:xliff:document:1.2) for CAT tools that predate 2.x:
// <trans-unit id resname> per translatable segment, target state per xliff12Target. Only standard
// attributes are used so the file also validates against the strict 1.2 schema (restype "x-<kind>" is
// the standard's own extension syntax).
import { create } from "xmlbuilder2";
import { isDraft } from "../labels";
import { xmlSafe } from "../text";
import { XLIFF12_NS, xliff12Target } from "../xliff-states";
import { type RenderOptions, SOURCE_TAG, targetTag } from "../lang-tags";
import type { ExportDocument } from "../types";
import { putInline, RawXml } from "../xliff-inline-write";

const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function renderXliff12(doc: ExportDocument, options: RenderOptions = {}): string {
  const published = !isDraft(doc);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(XLIFF12_NS, "xliff", { version: "1.2" });
  const file = root.ele(XLIFF12_NS, "file", {
    // What a translator's CAT tool shows as the file's name: where the article came from, or its title.
    original: doc.sourceUrl ?? doc.title,
    "source-language": SOURCE_TAG,
    "target-language": targetTag(doc.lang, options),
    datatype: "plaintext",
    // product-version is free text; it tells a returning file which snapshot it was made from.
    "product-version": published && doc.version !== null ? `v${doc.version}` : "draft",
  });
  file.ele(XLIFF12_NS, "header").ele(XLIFF12_NS, "tool", { "tool-id": "duyet", "tool-name": "Duyệt" });
  const body = file.ele(XLIFF12_NS, "body");
  const raw = new RawXml();
  const segments = doc.segments.filter((s) => s.translatable).sort((a, b) => a.position - b.position);
  for (const s of segments) {
    const mapped = xliff12Target(s.state, published);
    // resname carries the segment id too: some tools regenerate id but keep resname.
    const unit = body.ele(XLIFF12_NS, "trans-unit", { id: s.id, resname: s.id, restype: `x-${s.kind}` });
    unit.att(XML_NS, "xml:space", "preserve");
    if (mapped.approved) unit.att("approved", "yes");
    putInline(unit.ele(XLIFF12_NS, "source"), s.source, s.codes, "1.2", raw);
    // 1.2 keeps the state on <target>, so an untranslated segment gets an empty target with state="new".
    const target = unit.ele(XLIFF12_NS, "target", { state: mapped.state });
    if (mapped.qualifier) target.att("state-qualifier", mapped.qualifier);
    if (s.target !== "") putInline(target, s.target, s.codes, "1.2", raw);
    unit.ele(XLIFF12_NS, "note", { from: "duyet", annotates: "general" }).txt(`${s.kind}, paragraph ${s.paragraph}`);
    // The segment's comments, for the translator; a note added in the CAT tool comes back as a comment.
    for (const note of s.notes ?? [])
      unit.ele(XLIFF12_NS, "note", { from: xmlSafe(note.author), annotates: "target" }).txt(xmlSafe(note.text));
  }
  return raw.fill(root.end({ prettyPrint: true })) + "\n";
}
