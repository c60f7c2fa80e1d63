import { AppError } from "@/lib/errors";
import type { ParsedArticle } from "./parsed-article";
import { parseJsonBundle } from "./parse-json";
import { parsePlainText } from "./parse-text";

export type { ParsedArticle, ParsedSegment } from "./parsed-article";

export type ImportFormat = "text" | "json";

export { parseJsonBundle, parsePlainText };

export function parseImport(input: { format: ImportFormat; content: string }): ParsedArticle {
  switch (input.format) {
    case "text":
      return parsePlainText(input.content);
    case "json":
      return parseJsonBundle(input.content);
    default:
      // Reachable from untyped callers (form posts, API bodies).
      throw new AppError("IMPORT_UNKNOWN_FORMAT", { format: String(input.format) });
  }
}
