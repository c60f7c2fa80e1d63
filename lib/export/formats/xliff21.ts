// XLIFF 2.1 export (OASIS, namespace urn:oasis:names:tc:xliff:document:2.0 with version="2.1"): one
// <unit> per translatable segment, id = segment id, so an edited file can be matched back on import.
// Built with xmlbuilder2, which escapes text and attribute values.
import { create } from "xmlbuilder2";
import { isDraft } from "../labels";
import { xmlSafe } from "../text";
import { DUYET_NS, DUYET_PREFIX, XLIFF2_NS, xliff2State } from "../xliff-states";
import { type RenderOptions, SOURCE_TAG, targetTag } from "../lang-tags";
import type { ExportDocument } from "../types";
import { originalDataXml, putInline, RawXml } from "../xliff-inline-write";

const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function renderXliff21(doc: ExportDocument, options: RenderOptions = {}): string {
  const published = !isDraft(doc);
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(XLIFF2_NS, "xliff", {
    version: "2.1",
    srcLang: SOURCE_TAG,
    trgLang: targetTag(doc.lang, options),
  });
  root.att(XMLNS_NS, `xmlns:${DUYET_PREFIX}`, DUYET_NS);
  root.att(DUYET_NS, `${DUYET_PREFIX}:status`, published ? "published" : "draft");
  if (doc.version !== null) root.att(DUYET_NS, `${DUYET_PREFIX}:version`, String(doc.version));

  root.att(DUYET_NS, `${DUYET_PREFIX}:article`, doc.articleId);
  // What a translator's CAT tool shows as the file's name: where the article came from, or its title.
  const file = root.ele(XLIFF2_NS, "file", { id: "f1", original: doc.sourceUrl ?? doc.title });
  const segments = doc.segments.filter((s) => s.translatable).sort((a, b) => a.position - b.position);
  const raw = new RawXml();
  for (const s of segments) {
    const unit = file.ele(XLIFF2_NS, "unit", { id: s.id });
    // Translators need the role of a sentence (title vs caption) and its paragraph as context.
    unit.att(DUYET_NS, `${DUYET_PREFIX}:kind`, s.kind);
    unit.att(DUYET_NS, `${DUYET_PREFIX}:paragraph`, String(s.paragraph));
    unit.att(DUYET_NS, `${DUYET_PREFIX}:state`, s.state);
    // News text may carry meaningful double spaces or NBSPs; ask tools not to reflow it.
    unit.att(XML_NS, "xml:space", "preserve");
    // The segment's comments, for the translator; a note added in the CAT tool comes back as a comment.
    if (s.notes?.length) {
      const notes = unit.ele(XLIFF2_NS, "notes");
      for (const note of s.notes) notes.ele(XLIFF2_NS, "note", { category: "comment" }).txt(xmlSafe(note.text));
    }
    // The native data an imported file's codes point at (dataRef) goes back with them.
    const data = originalDataXml(s.codes);
    if (data !== null) unit.ele(XLIFF2_NS, "originalData").txt(raw.hold(data));
    const segment = unit.ele(XLIFF2_NS, "segment", {
      state: xliff2State(s.state, published),
      subState: `${DUYET_PREFIX}:${s.state}`,
    });
    putInline(segment.ele(XLIFF2_NS, "source"), s.source, s.codes, "2.x", raw);
    // No <target> for a segment nobody translated yet: an empty target would read as "translated as nothing".
    if (s.target !== "") putInline(segment.ele(XLIFF2_NS, "target"), s.target, s.codes, "2.x", raw);
  }
  return raw.fill(root.end({ prettyPrint: true })) + "\n";
}
