// No text can freeze the checks, the segmenter or the import parsers: every adversarial family of
// tests/fixtures/adversarial-texts.ts (long words, runs of dots, digits with separators, whitespace,
// names, magnitudes, dates, markup, sentence marks ICU breaks on …) at 100,000 characters, plus
// realistic news, runs in a child process that reports each case when it finishes.
//
// This is a freeze detector, not a performance test: the linear code takes well under a second per
// case, the quadratic code it replaced took from tens of seconds to minutes (see
// `npm run bench:checks-scaling` for the measured figures). The limits are generous on purpose so a
// slow or busy machine cannot fail it; only a return to super-linear behaviour can.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FAMILIES } from "../../fixtures/adversarial-texts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CASE_LIMIT_MS = 10_000;
const TOTAL_LIMIT_MS = 300_000;

describe("adversarial inputs of 100,000 characters", () => {
  it(
    "finish every check, segmentation and parse without freezing",
    () => {
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", path.join(import.meta.dirname, "freeze-child.ts"), "100000"],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: TOTAL_LIMIT_MS,
          maxBuffer: 10 * 1024 * 1024,
        },
      );
      const done = child.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { case: string; ms: number });
      const frozen = done.filter((c) => c.ms > CASE_LIMIT_MS);
      // Killed at the total limit: the case after the last reported one never finished.
      if (child.error || child.status !== 0)
        frozen.push({
          case: `after "${done.at(-1)?.case ?? "start"}": ${child.error?.message ?? child.stderr.slice(0, 500)}`,
          ms: Infinity,
        });
      expect(frozen).toEqual([]);
      expect(done.length).toBeGreaterThanOrEqual((FAMILIES.length + 1) * 4);
    },
    TOTAL_LIMIT_MS + 30_000,
  );
});
