// TMX 1.4b export of translation-memory units { vi, de?, en? }: one <tu> per unit with its dates and
// authors (creationid/changeid), so a CAT tool can prefer the newer of two matches and show who wrote it.

/** A memory entry: the Vietnamese source and its translations, with dates and authors where known. */
export type TmUnit = {
  vi: string;
  de?: string | null;
  en?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
  /** Who made and who last changed the entry (TMX creationid/changeid). */
  createdBy?: string | null;
  changedBy?: string | null;
};
export type TmxExportOptions = {
  creationTool?: string;
  creationToolVersion?: string;
  /** Language tag written for English (default "en"). */
  englishTag?: "en" | "en-GB" | "en-US";
  /** Region tags for Vietnamese and German (default "vi", "de"); the memory export writes vi-VN, de-DE. */
  regionTags?: boolean;
  creationDate?: Date;
};

// Characters not allowed in XML 1.0 documents.
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function tmxDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The <tu> attributes: when the entry was made and last changed, and by whom. */
function unitAttributes(u: TmUnit): string {
  const attrs: [string, string | undefined][] = [
    ["creationdate", u.createdAt ? tmxDate(u.createdAt) : undefined],
    ["creationid", u.createdBy ?? undefined],
    ["changedate", u.updatedAt ? tmxDate(u.updatedAt) : undefined],
    ["changeid", u.changedBy ?? undefined],
  ];
  return attrs
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${escapeXml(value ?? "")}"`)
    .join("");
}

export function exportTmx(units: TmUnit[], opts: TmxExportOptions = {}): string {
  const date = tmxDate(opts.creationDate ?? new Date());
  const en = opts.englishTag ?? "en";
  const vi = opts.regionTags ? "vi-VN" : "vi";
  const de = opts.regionTags ? "de-DE" : "de";
  const tool = escapeXml(opts.creationTool ?? "Duyet");
  const toolVersion = escapeXml(opts.creationToolVersion ?? "0.1.0");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="${tool}" creationtoolversion="${toolVersion}" segtype="sentence" o-tmf="duyet" adminlang="en" srclang="${vi}" datatype="plaintext" creationdate="${date}"/>`,
    "  <body>",
  ];
  for (const u of units) {
    if (!u.vi) continue;
    const tuvs: [string, string][] = [[vi, u.vi]];
    if (u.de) tuvs.push([de, u.de]);
    if (u.en) tuvs.push([en, u.en]);
    if (tuvs.length < 2) continue;
    lines.push(`    <tu${unitAttributes(u)}>`);
    for (const [lang, text] of tuvs)
      lines.push(`      <tuv xml:lang="${lang}"><seg>${escapeXml(text.normalize("NFC"))}</seg></tuv>`);
    lines.push("    </tu>");
  }
  lines.push("  </body>", "</tmx>", "");
  return lines.join("\n");
}
