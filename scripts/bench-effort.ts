// `npm run bench:effort`: scores the MLQE-PE en-de dev set (1,000 MT/post-edit pairs) with our HTER
// and compares with the official HTER shipped with the data, so a change to the TER code that
// drifts from tercom/sacrebleu or slows it down shows up as numbers, not as a hunch.

import { readFileSync } from "node:fs";
import path from "node:path";
import { hter, pearson, type HterOptions } from "@/lib/review/effort";

const dir = path.resolve(import.meta.dirname, "../tests/fixtures/mlqe-pe-en-de-dev");
const read = (name: string): string[] => readFileSync(path.join(dir, name), "utf8").split("\n").slice(0, -1);

const mt = read("dev.mt");
const pe = read("dev.pe");
const official = read("dev.hter").map(Number);
if (mt.length !== pe.length || pe.length !== official.length) throw new Error("fixture files are not line-aligned");

// The official file has six decimals; "exact" means equal at that precision.
const EXACT = 5e-7;
const PASSES = 5;

function bench(label: string, opts: HterOptions): void {
  const scores = mt.map((line, k) => hter(line, pe[k] ?? "", opts));
  const start = performance.now();
  for (let pass = 0; pass < PASSES; pass++) {
    for (let k = 0; k < mt.length; k++) hter(mt[k] ?? "", pe[k] ?? "", opts);
  }
  const seconds = (performance.now() - start) / 1000;
  let absError = 0,
    exact = 0;
  scores.forEach((score, k) => {
    const diff = Math.abs(score - (official[k] ?? Number.NaN));
    absError += diff;
    if (diff < EXACT) exact += 1;
  });
  const n = scores.length;
  console.log(`${label}
  lines           ${n}
  pearson r       ${pearson(scores, official).toFixed(6)}
  mean abs error  ${(absError / n).toExponential(2)}
  exact matches   ${exact}/${n} (${((100 * exact) / n).toFixed(1)} %)
  lines/second    ${Math.round((n * PASSES) / seconds)}`);
}

console.log("MLQE-PE en-de dev: our HTER vs official HTER (TER on Moses-tokenised text)");
bench("tokenize=moses-like (default), case-insensitive", {});
bench("tokenize=none, case-insensitive", { tokenize: "none" });
bench("tokenize=none, case-sensitive", { tokenize: "none", caseSensitive: true });
