// The closing line CI reads: "N passed, N failed" over Vitest and Playwright's JSON reports, plus any
// step (type check, lint, build) that failed without a report of its own.
import fs from "node:fs";

const failedSteps = process.argv.slice(2);
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
let passed = 0, failed = 0, skipped = 0;

const vitest = read(".reports/vitest.json");
if (vitest) { passed += vitest.numPassedTests; failed += vitest.numFailedTests; skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0); }
const pw = read(".reports/playwright.json");
if (pw) { passed += pw.stats.expected + pw.stats.flaky; failed += pw.stats.unexpected; skipped += pw.stats.skipped; }
if (pw?.stats.flaky) console.log(`note: ${pw.stats.flaky} e2e test(s) passed only on retry`);

// A failed step without tests of its own (typecheck, lint, build, …) counts as one failure.
const reported = new Set(["unit + integration", "e2e"]);
for (const step of failedSteps) {
  if (!reported.has(step) || (step === "unit + integration" && !vitest) || (step === "e2e" && !pw)) failed += 1;
  console.log(`step failed: ${step}`);
}
console.log(`vitest: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : "no report"}; ` +
  `playwright: ${pw ? `${pw.stats.expected} passed, ${pw.stats.unexpected} failed` : "no report"}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || failedSteps.length > 0 ? 1 : 0);
