// `npm run bench:checks-scaling`: how the time of the quality checks (checkSegment, de + en against
// the Vietnamese source) and of sentence segmentation (splitSentences, vi + de) grows with the length
// of the text, for realistic news and for adversarial inputs per pattern family
// (tests/fixtures/adversarial-texts.ts). Linear code takes ~10× per 10×; the goal is ≤ 12×.
// Options: --only=<part of a family name>, --sizes=1000,10000,100000, --part=checks|segment.
import { readFileSync } from "node:fs";
import path from "node:path";
import { splitSentences } from "@/lib/articles/segment";
import { clearAnalysisCache } from "@/lib/quality/extract/analyze";
import { checkSegment } from "@/lib/quality/run-checks";
import { FAMILIES, newsFamily, type Family, type TriText } from "../tests/fixtures/adversarial-texts";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const SIZES = (arg("sizes") ?? "1000,10000,100000").split(",").map(Number);
const only = arg("only");
const parts = arg("part") ? [arg("part")] : ["checks", "segment"];
const GOAL = 12;

const DIR = path.join(import.meta.dirname, "..", "prisma", "demo", "ntrex-news-dev");
const read = (f: string) => readFileSync(path.join(DIR, f), "utf8").trimEnd().split("\n");
const [vi, de, en] = [read("vi.txt"), read("de.txt"), read("en.txt")];
const news = newsFamily(vi.slice(0, 200).map((v, i) => ({ vi: v, de: de[i] ?? "", en: en[i] ?? "" })));
const families: Family[] = [news, ...FAMILIES].filter((f) => !only || f.name.includes(only));

const RUNNERS: Record<string, (t: TriText) => void> = {
  checks: (t) => {
    clearAnalysisCache(); // cold: the analysis cache would turn repeated runs into lookups
    checkSegment({ source: t.vi, de: t.de, en: t.en, kind: "body" });
  },
  segment: (t) => {
    splitSentences(t.vi, "vi");
    splitSentences(t.de, "de");
  },
};

// With --expose-gc (the npm script passes it) every run starts from a collected heap, so one size
// does not pay for the garbage of the previous one.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * CPU time of this process (user + system), fastest of a few runs: on a shared machine wall-clock time
 * also counts the time other processes held the CPU; the minimum is the least disturbed figure.
 */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function measure(run: () => void, chars: number): number {
  const reps = chars <= 1_000 ? 15 : chars <= 10_000 ? 7 : 3;
  let best = Infinity;
  run(); // warm-up: compile the code paths of this family before timing them
  for (let i = 0; i < reps; i++) {
    gc();
    best = Math.min(best, cpuMs(run));
    if (best > 2_000) break; // already far too slow: one figure is enough
  }
  return best;
}

const ms = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)).padStart(9);
const pad = (s: string, n: number) => s.padEnd(n).slice(0, n);
let worst = 0;
for (const part of parts) {
  const runner = RUNNERS[part ?? ""];
  if (!runner) throw new Error(`unknown part ${part}`);
  console.log(
    `\n${part === "checks" ? "checkSegment (source vi, targets de + en)" : "splitSentences (vi + de)"}: CPU ms per call`,
  );
  console.log(
    `${pad("family", 30)}${SIZES.map((s) => `${(s / 1000).toString()}k`.padStart(9)).join("")}   ratio per 10×`,
  );
  for (const family of families) {
    const times = SIZES.map((size) => measure(() => runner(family.build(size)), size));
    const ratios = times
      .slice(1)
      .map((t, i) => t / Math.max(times[i] ?? 0, 0.05) / ((SIZES[i + 1] ?? 0) / (SIZES[i] ?? 1) / 10));
    worst = Math.max(worst, ...ratios);
    const flags = ratios.map((r) => `${r.toFixed(1)}×${r > GOAL ? " !" : ""}`.padStart(8)).join(" ");
    console.log(`${pad(family.name, 30)}${times.map(ms).join("")}   ${flags}`);
  }
}
console.log(`\nWorst ratio per 10×: ${worst.toFixed(1)}× (goal ≤ ${GOAL}×; a time under 0.05 ms counts as 0.05 ms)`);
