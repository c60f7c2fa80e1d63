// `duyet check VI_FILE DE_FILE EN_FILE`: quality issues of line-aligned files, one JSON object per
// issue and line (counted from 1). The whole file is one article, so article-level checks apply.
import { readFile } from "node:fs/promises";
import { checkArticle } from "@/lib/quality/run-checks";

const USAGE = "usage: duyet check VI_FILE DE_FILE EN_FILE";

function lines(text: string): string[] {
  const all = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  // A final newline does not start another line.
  if (all.length > 0 && all[all.length - 1] === "") all.pop();
  return all;
}

export async function run(args: string[]): Promise<number> {
  if (args.length !== 3) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let files: string[][];
  try {
    files = await Promise.all(args.map(async (f) => lines(await readFile(f, "utf8"))));
  } catch (error) {
    process.stderr.write(`duyet check: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const [vi = [], de = [], en = []] = files;
  if (vi.length !== de.length || vi.length !== en.length) {
    process.stderr.write(`duyet check: line counts differ (vi ${vi.length}, de ${de.length}, en ${en.length})\n`);
    return 2;
  }
  const results = checkArticle(vi.map((source, i) => ({ source, de: de[i] ?? "", en: en[i] ?? "" })));
  const out: string[] = [];
  results.forEach((issues, i) => {
    for (const issue of issues) {
      out.push(
        JSON.stringify({
          line: i + 1,
          lang: issue.lang,
          code: issue.code,
          severity: issue.severity,
          source: issue.source ?? null,
          target: issue.target ?? null,
        }),
      );
    }
  });
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}
