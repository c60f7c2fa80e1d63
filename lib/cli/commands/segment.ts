// `duyet segment FILE`: the segments of an article file as JSON lines, for checking the import on real
// articles without starting the app. Accepts what the import page accepts — plain text, a JSON bundle,
// a saved web page — told apart by the content, not the file name. A refused file exits with 2 and its
// error code and message on stderr.
import { readFile } from "node:fs/promises";
import { decodeImportBytes, looksLikeHtml } from "@/lib/articles/html/decode";
import { parseImport, type ImportFormat } from "@/lib/articles/parse-import";
import { looksLikeXliff } from "@/lib/articles/import-formats";
import { isAppError, type AppError } from "@/lib/errors";
import articles from "@/lib/i18n/messages/en/articles.json";
import errors from "@/lib/i18n/messages/en/errors.json";

const templates: Record<string, string> = { ...(errors as Record<string, string>), ...articles.errors };

// The terminal has no locale negotiation; English messages with the simple ICU arguments filled in.
function describe(error: AppError): string {
  const template = templates[error.code];
  if (typeof template !== "string") return error.code;
  const text = template.replace(/\{(\w+)(?:,\s*number)?\}/gu, (match, name: string) => {
    const value = error.params[name];
    return value === undefined ? match : typeof value === "number" ? value.toLocaleString("en") : value;
  });
  return `${error.code}: ${text}`;
}

export function formatOf(text: string): ImportFormat {
  if (looksLikeXliff(text)) return "xliff";
  if (looksLikeHtml(text)) return "html";
  return /^\ufeff?\s*\{/u.test(text) ? "json" : "text";
}

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    process.stderr.write("usage: duyet segment FILE\n");
    return 2;
  }
  let content: string;
  try {
    content = decodeImportBytes(await readFile(file));
  } catch (error) {
    process.stderr.write(`duyet segment: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const article = parseImport({ format: formatOf(content), content });
    const lines = article.segments.map((s) => JSON.stringify({ paragraph: s.paragraph, kind: s.kind, text: s.text }));
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    process.stderr.write(`duyet segment: ${describe(error)}\n`);
    return 2;
  }
}
