// `duyet effort MT_FILE FINAL_FILE`: HTER of each line pair, one number per line, so the output can
// be pasted next to the segments or piped into other tools (paste, sort, awk).

import { readFile } from "node:fs/promises";
import { formatHter, hter, type HterOptions } from "@/lib/review/effort";

const usage = `usage: duyet effort [--tokenize none|moses-like] [--case-sensitive] MT_FILE FINAL_FILE
  prints the HTER (TER of MT against the final text) of each line pair, one number per line`;

function fail(message: string): number {
  process.stderr.write(`duyet effort: ${message}\n${usage}\n`);
  return 2;
}

// A trailing newline ends the last line; it does not start an extra empty one.
function lines(text: string): string[] {
  const all = text.split(/\r?\n/u);
  if (all.length > 0 && all[all.length - 1] === "") all.pop();
  return all;
}

export async function run(args: string[]): Promise<number> {
  const opts: HterOptions = {};
  const files: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] ?? "";
    if (arg === "--case-sensitive") opts.caseSensitive = true;
    else if (arg === "--tokenize" || arg.startsWith("--tokenize=")) {
      const value = arg.includes("=") ? arg.slice("--tokenize=".length) : args[++k];
      if (value !== "none" && value !== "moses-like") return fail(`bad --tokenize value: ${value ?? "(missing)"}`);
      opts.tokenize = value;
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else if (arg.startsWith("--")) return fail(`unknown option ${arg}`);
    else files.push(arg);
  }
  const [mtFile, finalFile] = files;
  if (files.length !== 2 || mtFile === undefined || finalFile === undefined) {
    return fail("expected two files");
  }
  let texts: [string, string];
  try {
    texts = await Promise.all([readFile(mtFile, "utf8"), readFile(finalFile, "utf8")]);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const mt = lines(texts[0]),
    final = lines(texts[1]);
  if (mt.length !== final.length) {
    return fail(`${mtFile} has ${mt.length} lines but ${finalFile} has ${final.length}`);
  }
  const out = mt.map((line, k) => formatHter(hter(line, final[k] ?? "", opts)));
  process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
  return 0;
}
