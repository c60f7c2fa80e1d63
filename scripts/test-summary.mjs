// The closing line CI reads: "N passed, N failed" over Vitest and Playwright's JSON reports, plus any
// step (type check, lint, build) that failed without a report of its own.
import fs from "node:fs";

const failedSteps = process.argv.slice(2);
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
let passed = 0,
  failed = 0,
  skipped = 0;

const vitest = read(".reports/vitest.json");
const postgres = read(".reports/vitest-postgres.json");
for (const v of [vitest, postgres]) {
  if (v) {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
    skipped += v.numPendingTests + (v.numTodoTests ?? 0);
  }
}
const pw = read(".reports/playwright.json");
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
}
if (pw?.stats.flaky) console.log(`note: ${pw.stats.flaky} e2e test(s) passed only on retry`);

// A failed step without tests of its own (typecheck, lint, build, …) counts as one failure.
const reports = { "unit + integration": vitest, "integration (PostgreSQL)": postgres, e2e: pw };
for (const step of failedSteps) {
  if (!(step in reports) || !reports[step]) failed += 1;
  console.log(`step failed: ${step}`);
}
const v = (r) => (r ? `${r.numPassedTests} passed, ${r.numFailedTests} failed` : "no report");
console.log(
  `vitest: ${v(vitest)}; vitest on PostgreSQL: ${v(postgres)}; ` +
    `playwright: ${pw ? `${pw.stats.expected} passed, ${pw.stats.unexpected} failed` : "no report"}`,
);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
