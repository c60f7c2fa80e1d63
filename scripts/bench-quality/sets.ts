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
  /** An empty line means "no translation into this language" (Tatoeba pairs have one target). */
  tgt: Record<Lang, (string | undefined)[]>;
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
  const target = (f: string) => read(f).map((l) => (l === "" ? undefined : l));
  return { name, holdout, vi: read("vi.txt"), tgt: { de: target("de.txt"), en: target("en.txt") }, options };
}

const UNSEEN = "tests/fixtures/unseen";
/** Written by the project on 2026-11-28 before the checks were changed (see its README). */
const FRESH = "tests/fixtures/fresh-2026-11-28";
const KEEP: CheckOptions = { style: { diacritics: "keep" } };
/** Tatoeba vi–de/vi–en test pairs chosen on 2026-11-28 before any check was changed (see README). */
const TATOEBA = "tests/fixtures/tatoeba-2026-11-28";

/** `withFinal` adds the Tatoeba final part: measured once, at the very end (see its README). */
export function evalSets(withHoldout: boolean, withFinal = false): EvalSet[] {
  const sets = [
    load("ntrex-news-dev", "prisma/demo/ntrex-news-dev", false),
    load("flores tune", `${UNSEEN}/flores200-devtest/tune`, false),
    load("provincial tune", `${UNSEEN}/provincial-news/tune`, false, KEEP),
    load("fresh tune", `${FRESH}/tune`, false, KEEP),
    load("tatoeba tune", `${TATOEBA}/tune`, false),
  ];
  const final = withFinal ? [load("tatoeba final", `${TATOEBA}/final`, true)] : [];
  if (!withHoldout) return [...sets, ...final];
  return [
    ...sets,
    load("flores holdout", `${UNSEEN}/flores200-devtest/holdout`, true),
    load("provincial holdout", `${UNSEEN}/provincial-news/holdout`, true, KEEP),
    load("fresh final", `${FRESH}/final`, true, KEEP),
    ...final,
  ];
}

export type SegmentationCase = { id: string; text: string; sentences: string[] };

export function segmentationSet(part: "tune" | "holdout"): SegmentationCase[] {
  return lines(path.join(ROOT, UNSEEN, "segmentation", `${part}.jsonl`)).map((l) => JSON.parse(l) as SegmentationCase);
}
