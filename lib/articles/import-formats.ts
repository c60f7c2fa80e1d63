// The import formats, apart from their parsers so that the browser's import form can name them without
// loading the HTML extractor.
export const IMPORT_FORMATS = ["text", "json", "html"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
