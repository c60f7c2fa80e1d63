import { AppError } from "@/lib/errors";
import type { ParsedArticle } from "./parsed-article";
import { parseJsonBundle } from "./parse-json";
import { parseHtml } from "./parse-html";
import { parsePlainText } from "./parse-text";
import { parseXliffArticle } from "./parse-xliff";

export type { ParsedArticle, ParsedSegment } from "./parsed-article";

export { IMPORT_FORMATS, type ImportFormat } from "./import-formats";
import type { ImportFormat } from "./import-formats";

export { parseHtml, parseJsonBundle, parsePlainText };

export function parseImport(input: { format: ImportFormat; content: string }): ParsedArticle {
  switch (input.format) {
    case "text":
      return parsePlainText(input.content);
    case "json":
      return parseJsonBundle(input.content);
    case "html":
      return parseHtml(input.content);
    case "xliff":
      return parseXliffArticle(input.content);
    default:
      // Reachable from untyped callers (form posts, API bodies).
      throw new AppError("IMPORT_UNKNOWN_FORMAT", { format: String(input.format) });
  }
}
