// The import formats, apart from their parsers so that the browser's import form can name them without
// loading the HTML extractor.
export const IMPORT_FORMATS = ["text", "json", "html", "xliff"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

// An XLIFF root element (any prefix) near the start: the file is XLIFF whatever its name. Bounded: only
// the first 4 KB are looked at, past an XML declaration, comments and a DOCTYPE line.
const XLIFF_ROOT = /<(?:[A-Za-z_][\w.-]*:)?xliff[\s>]/u;

export function looksLikeXliff(text: string): boolean {
  return XLIFF_ROOT.test(text.slice(0, 4096));
}
