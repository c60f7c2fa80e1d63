// The evaluation sets of `npm run bench:quality`: NTREX (development data) and the unseen sets of
// tests/fixtures/unseen (FLORES-200 devtest and the team's provincial news, each split in tune and
// holdout; see that README for the rule: holdout is measured only at the end, with --holdout).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { CheckOptions, Lang } from "@/lib/quality/run-checks";

export type EvalSet = {
  name: string;
  holdout: boolean;
  vi: string[];
  tgt: Record<Lang, string[]>;
  /** The house style the set's translations follow (provincial news keeps diacritics). */
  options: CheckOptions;
};

const ROOT = path.join(import.meta.dirname, "..", "..");
const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((_, i, a) => i < a.length - 1 || a[i] !== "");

function load(name: string, dir: string, holdout: boolean, options: CheckOptions = {}): EvalSet {
  const read = (f: string) => lines(path.join(ROOT, dir, f));
  return { name, holdout, vi: read("vi.txt"), tgt: { de: read("de.txt"), en: read("en.txt") }, options };
}

const UNSEEN = "tests/fixtures/unseen";
/** Written by the project on 2026-11-28 before the checks were changed (see its README). */
const FRESH = "tests/fixtures/fresh-2026-11-28";
const KEEP: CheckOptions = { style: { diacritics: "keep" } };

export function evalSets(withHoldout: boolean): EvalSet[] {
  const sets = [
    load("ntrex-news-dev", "prisma/demo/ntrex-news-dev", false),
    load("flores tune", `${UNSEEN}/flores200-devtest/tune`, false),
    load("provincial tune", `${UNSEEN}/provincial-news/tune`, false, KEEP),
    load("fresh tune", `${FRESH}/tune`, false, KEEP),
  ];
  if (!withHoldout) return sets;
  return [
    ...sets,
    load("flores holdout", `${UNSEEN}/flores200-devtest/holdout`, true),
    load("provincial holdout", `${UNSEEN}/provincial-news/holdout`, true, KEEP),
    load("fresh final", `${FRESH}/final`, true, KEEP),
  ];
}

export type SegmentationCase = { id: string; text: string; sentences: string[] };

export function segmentationSet(part: "tune" | "holdout"): SegmentationCase[] {
  return lines(path.join(ROOT, UNSEEN, "segmentation", `${part}.jsonl`)).map((l) => JSON.parse(l) as SegmentationCase);
}
