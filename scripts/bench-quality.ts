// `npm run bench:quality [-- --holdout] [-- --final] [-- --missed]`: the checks on human translations.
// Sets: NTREX (prisma/demo/ntrex-news-dev, development data), the unseen tune parts of
// tests/fixtures/unseen (FLORES-200 devtest, provincial news), tests/fixtures/fresh-2026-11-28 and
// tests/fixtures/tatoeba-2026-11-28; the holdout/final parts only with --holdout (and the Tatoeba
// final part only with --final), in a separate block (see those READMEs: measured at the end, never
// tuned on).
// 1. Number/date alarms on the clean text vs a literal-number baseline. Goal ≤ 0.20 on every set.
// 2. Recall on corrupted copies per kind (seeded PRNG). Goal ≥ 99.5 % overall, ≥ 98 % every kind.
// 3. Provincial news: correct targets flagged (content families) ≤ 1, corruptions caught ≥ 98 %.
// 4. Sentence-boundary F1 on the segmentation paragraphs. Goal ≥ 0.997.
// 5. Throughput on NTREX.
import { clearAnalysisCache } from "@/lib/quality/extract/analyze";
import { checkSegment, CHECK_CATALOGUE } from "@/lib/quality/run-checks";
import { CORRUPTIONS } from "./bench-quality/corruptions";
import { CONTENT, LANGS, measure, type SetScore } from "./bench-quality/measure";
import { scoreSegmentation } from "./bench-quality/segmentation";
import { evalSets, segmentationSet } from "./bench-quality/sets";

const holdout = process.argv.includes("--holdout");
// The Tatoeba final part (tests/fixtures/tatoeba-2026-11-28/final): only with --final, once.
const final = process.argv.includes("--final");
const showMissed = process.argv.includes("--missed");
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : "–");
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const lpad = (s: string | number, n: number) => String(s).padStart(n);

clearAnalysisCache();
const sets = evalSets(holdout, final);
const t0 = performance.now();
const scores = sets.map(measure);
const seconds = (performance.now() - t0) / 1000;

function report(block: SetScore[], title: string): void {
  console.log(`\n==== ${title} ====`);
  console.log("\nSegments flagged on the clean human translations, per code (de/en)");
  console.log(`${pad("code", 34)}${block.map((s) => lpad(s.set.name, 22)).join("")}`);
  for (const { code } of CHECK_CATALOGUE) {
    const cells = block.map((s) =>
      LANGS.map((l) => s.clean.filter((x) => x.some((i) => i.lang === l && i.code === code)).length).join("/"),
    );
    if (cells.some((c) => c !== "0/0")) console.log(`${pad(code, 34)}${cells.map((c) => lpad(c, 22)).join("")}`);
  }
  console.log("\nNumber/date alarms vs the literal-number baseline (ratio; goal ≤ 0.20 on every set)");
  for (const s of block) {
    const cells = LANGS.map((l) => {
      const a = s.set.vi.length ? s.alarms[l] : { ours: 0, base: 0 };
      return `${l} ${a.ours}/${a.base} = ${a.base ? (a.ours / a.base).toFixed(2) : "–"}`;
    });
    console.log(`  ${pad(s.set.name, 20)} ${s.set.vi.length} segments   ${cells.join("   ")}`);
  }
  console.log("\nRecall on corrupted copies (applied/caught per set; goal ≥ 99.5 % overall, every kind ≥ 98 %)");
  console.log(`${pad("corruption", 31)}${block.map((s) => lpad(s.set.name, 22)).join("")}${lpad("all", 18)}`);
  const totals = block.map(() => ({ applied: 0, caught: 0 }));
  for (const c of CORRUPTIONS) {
    let [a, k] = [0, 0];
    const cells = block.map((s, j) => {
      const r = s.kinds.get(c.name) ?? { applied: 0, caught: 0 };
      a += r.applied;
      k += r.caught;
      const t = totals[j] ?? { applied: 0, caught: 0 };
      t.applied += r.applied;
      t.caught += r.caught;
      return r.applied ? `${r.caught}/${r.applied} ${pct(r.caught, r.applied)}` : "–";
    });
    console.log(`${pad(c.name, 31)}${cells.map((x) => lpad(x, 22)).join("")}${lpad(`${k}/${a} ${pct(k, a)}`, 18)}`);
  }
  const sum = (f: "applied" | "caught") => totals.reduce((x, t) => x + t[f], 0);
  const cells = totals.map((t) => `${t.caught}/${t.applied} ${pct(t.caught, t.applied)}`);
  console.log(
    `${pad("all", 31)}${cells.map((x) => lpad(x, 22)).join("")}${lpad(`${sum("caught")}/${sum("applied")} ${pct(sum("caught"), sum("applied"))}`, 18)}`,
  );
  for (const s of block.filter((x) => /^(provincial|fresh)/.test(x.set.name))) {
    const flagged = s.clean.flatMap((l) => LANGS.filter((g) => l.some((i) => i.lang === g && CONTENT.test(i.code))));
    const [a, k] = [...s.kinds.values()].reduce((x, r) => [x[0] + r.applied, x[1] + r.caught], [0, 0]);
    console.log(
      `\n${s.set.name}: correct targets flagged ${flagged.length} of ${2 * s.set.vi.length} (goal ≤ 1), corruptions caught ${k}/${a} = ${pct(k, a)} (goal ≥ 98 %)`,
    );
    if (showMissed && !s.set.holdout)
      s.clean.forEach((l, i) => {
        const c = l.filter((x) => CONTENT.test(x.code)).map((x) => `${x.lang} ${x.code} ${JSON.stringify(x.params)}`);
        if (c.length) console.log(`  line ${i + 1}: ${c.join("; ")}`);
      });
  }
  if (showMissed)
    for (const s of block.filter((x) => !x.set.holdout))
      for (const [kind, r] of s.kinds)
        for (const m of r.missed.slice(0, 12)) console.log(`  missed · ${s.set.name} · ${kind} · ${m.slice(0, 200)}`);
}

report(
  scores.filter((s) => !s.set.holdout),
  "development and tune sets",
);
const seg = (part: "tune" | "holdout") => {
  const r = scoreSegmentation(segmentationSet(part));
  console.log(`\nSegmentation ${part}: F1 ${r.f1.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn}; goal ≥ 0.997)`);
  if (showMissed && part === "tune") for (const w of r.wrong) console.log(`  ${w.slice(0, 300)}`);
};
seg("tune");
if (holdout || final) {
  report(
    scores.filter((s) => s.set.holdout),
    "HOLDOUT (final measurement only; not tuned on)",
  );
  if (holdout) seg("holdout");
}

const ntrex = sets[0];
if (ntrex) {
  clearAnalysisCache();
  const t1 = performance.now();
  ntrex.vi.forEach((source, i) => checkSegment({ source, de: ntrex.tgt.de[i], en: ntrex.tgt.en[i] }));
  const warm = (performance.now() - t1) / 1000;
  console.log(
    `\nThroughput on NTREX: ${Math.round(ntrex.vi.length / warm)} segments/s (analysis cache cleared), de+en per segment; whole bench ${seconds.toFixed(1)} s`,
  );
}
