// `duyet segment FILE`: the segments of a plain-text article as JSON lines, for checking the splitter
// on real articles without starting the app.
import { readFile } from "node:fs/promises";
import { parsePlainText } from "@/lib/articles/parse-import";
import { isAppError, type AppError } from "@/lib/errors";
import messages from "@/lib/i18n/messages/en/articles.json";

// The terminal has no locale negotiation; English messages with the simple ICU arguments filled in.
function describe(error: AppError): string {
  const template = (messages.errors as Record<string, string>)[error.code];
  if (!template) return error.code;
  return template.replace(/\{(\w+)(?:,\s*number)?\}/gu, (match, name: string) => {
    const value = error.params[name];
    return value === undefined ? match : typeof value === "number" ? value.toLocaleString("en") : value;
  });
}

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    process.stderr.write("usage: duyet segment FILE\n");
    return 2;
  }
  try {
    const article = parsePlainText(await readFile(file, "utf8"));
    const lines = article.segments.map((s) => JSON.stringify({ paragraph: s.paragraph, kind: s.kind, text: s.text }));
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (error) {
    const message = isAppError(error) ? describe(error) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`duyet segment: ${message}\n`);
    return 1;
  }
}
