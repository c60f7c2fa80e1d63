// `npm run bench:import`: HTML import on the saved news pages of tests/fixtures/real-world/html, each
// against its hand-written expected article, next to Readability alone (same pages, same run).
// Per page: title correct, lead correct (an invented lead on a page without one counts as wrong), body
// token recall and precision, boilerplate strings leaked into translatable text, caption recall,
// byline and source URL. Goal: title, lead, recall, precision ≥ 0.97 and 0 leaks.
// HOLDOUT pages were not looked at while the rules were written; they are reported on their own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { decodeHtmlBytes } from "@/lib/articles/html/decode";
import { ours, readabilityAlone } from "./bench/import-extractors";
import { score, type Expected, type Score } from "./bench/import-score";

const DIR = path.join(import.meta.dirname, "..", "tests", "fixtures", "real-world", "html");
// A second, fresh set from another source (goose3's test pages), never looked at while tuning: reported apart.
const FRESH_DIR = path.join(import.meta.dirname, "..", "tests", "fixtures", "real-world", "html-fresh");
const HOLDOUT = new Set(["de-winfuture-latin1", "en-nytimes-no-meta-charset", "pl-rp-windows1250-late-charset"]);
// A third, larger set from go-trafilatura's comparison pages: a tuning part and a holdout looked at once.
const MORE = path.join(import.meta.dirname, "..", "tests", "fixtures", "real-world", "html-more");
const SETS = [
  { label: "development", dir: DIR, holdout: false },
  { label: "holdout", dir: DIR, holdout: true },
  { label: "fresh (goose3)", dir: FRESH_DIR, holdout: false },
  { label: "more: tune", dir: path.join(MORE, "tune"), holdout: false },
  { label: "more: HOLDOUT", dir: path.join(MORE, "holdout"), holdout: false },
];
// BENCH_SETS=label,label limits the run (tuning runs leave the holdouts out).
const only = process.env.BENCH_SETS?.split(",").map((s) => s.trim());

type Row = { name: string; set: string; ours: Score; alone: Score; msOurs: number; msAlone: number };
const rows: Row[] = [];
const pages = SETS.filter((s) => !only || only.includes(s.label)).flatMap((set) =>
  readdirSync(set.dir)
    .filter((f) => f.endsWith(".html") && (set.dir !== DIR || HOLDOUT.has(f.replace(/\.html$/u, "")) === set.holdout))
    .sort()
    .map((file) => ({ dir: set.dir, file, set: set.label })),
);
for (const { dir, file, set } of pages) {
  const name = file.replace(/\.html$/u, "");
  const html = decodeHtmlBytes(readFileSync(path.join(dir, file)));
  const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), "utf8")) as Expected;
  let t = performance.now();
  const mine = ours(html);
  const msOurs = performance.now() - t;
  t = performance.now();
  const alone = readabilityAlone(html);
  const msAlone = performance.now() - t;
  rows.push({ name, set, ours: score(expected, mine), alone: score(expected, alone), msOurs, msAlone });
  if (process.env.BENCH_VERBOSE) {
    console.log(
      name,
      JSON.stringify(rows.at(-1)!.ours),
      "\n  body:",
      mine.body.map((b) => b.slice(0, 60)),
      "\n  captions:",
      mine.captions,
      "\n  lead:",
      mine.lead,
      "\n  byline:",
      mine.byline,
    );
  }
}

const f2 = (n: number) => n.toFixed(3);
const mark = (b: boolean) => (b ? "yes" : "NO ");
console.log(
  "page                                   | title     | lead      | recall        | precision     | leaks   | capt  | byline | url",
);
console.log(
  "                                       | ours/RA   | ours/RA   | ours / RA     | ours / RA     | ours/RA | ours  | ours   | ours",
);
for (const r of rows) {
  const o = r.ours;
  const a = r.alone;
  console.log(
    `${r.set === "development" ? "" : `[${r.set}] `}${r.name}`.padEnd(39),
    `| ${mark(o.title)}/${mark(a.title)} | ${mark(o.lead)}/${mark(a.lead)} | ${f2(o.recall)}/${f2(a.recall)} | ${f2(o.precision)}/${f2(a.precision)} | ${String(o.leaks.length).padStart(3)}/${String(a.leaks.length).padEnd(3)} | ${f2(o.captions)} | ${mark(o.byline)}    | ${mark(o.sourceUrl)}`,
  );
  if (o.leaks.length > 0) console.log(`    leaked: ${o.leaks.map((l) => JSON.stringify(l.slice(0, 50))).join(", ")}`);
}

function summary(label: string, set: Row[], pick: (r: Row) => Score) {
  const mean = (f: (s: Score) => number) => set.reduce((s, r) => s + f(pick(r)), 0) / set.length;
  const min = (f: (s: Score) => number) => Math.min(...set.map((r) => f(pick(r))));
  console.log(
    `${label.padEnd(28)} title ${f2(mean((s) => +s.title))}  lead ${f2(mean((s) => +s.lead))}  recall mean ${f2(mean((s) => s.recall))} min ${f2(min((s) => s.recall))}  precision mean ${f2(mean((s) => s.precision))} min ${f2(min((s) => s.precision))}  leaks ${set.reduce((n, r) => n + pick(r).leaks.length, 0)}  captions ${f2(mean((s) => s.captions))}  byline ${f2(mean((s) => +s.byline))}  url ${f2(mean((s) => +s.sourceUrl))}`,
  );
}
for (const { label } of SETS) {
  const set = rows.filter((r) => r.set === label);
  if (set.length === 0) continue;
  summary(`${label} (${set.length}) ours`, set, (r) => r.ours);
  summary(`${label} (${set.length}) Readability`, set, (r) => r.alone);
}
const ms = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
console.log(
  `time: ours ${ms((r) => r.msOurs).toFixed(0)} ms, Readability alone ${ms((r) => r.msAlone).toFixed(0)} ms (ratio ${(ms((r) => r.msOurs) / ms((r) => r.msAlone)).toFixed(2)}) for ${rows.length} pages`,
);
