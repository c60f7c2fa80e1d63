// Figures of one evaluation set: alarms on the clean human translations (vs the literal-number
// baseline), segments flagged, and recall on every corruption kind.
import { checkSegment, type CheckOptions, type Lang, type QualityIssue } from "@/lib/quality/run-checks";
import { mulberry32 } from "@/tests/factories/mulberry32";
import { CORRUPTIONS } from "./corruptions";
import type { EvalSet } from "./sets";

export const LANGS: Lang[] = ["de", "en"];
export const NUMERIC = /^(number|date|time|unit|currency)\./;
/** What an editor would see as "this translation is wrong": content families, not typography. */
export const CONTENT = /^(number|date|time|unit|currency|name|consistency\.(number|date|name)|style\.relative-date)/;

/** The naive check: digit strings of one side not found verbatim on the other. */
export function literalBaseline(a: string, b: string): boolean {
  const digits = (s: string) => s.match(/\d+(?:[.,:]\d+)*/g) ?? [];
  return digits(a).some((d) => !b.includes(d)) || digits(b).some((d) => !a.includes(d));
}

export type KindScore = { applied: number; caught: number; missed: string[] };
export type SetScore = {
  set: EvalSet;
  clean: QualityIssue[][];
  alarms: Record<Lang, { ours: number; base: number; content: number }>;
  kinds: Map<string, KindScore>;
};

const KEEP: CheckOptions = { style: { diacritics: "keep" } };

export function measure(set: EvalSet): SetScore {
  const { vi, tgt } = set;
  const run = (i: number, options: CheckOptions, source = vi[i] ?? "", patch: Partial<Record<Lang, string>> = {}) =>
    checkSegment({ source, de: tgt.de[i], en: tgt.en[i], ...patch }, options);
  const clean = vi.map((_, i) => run(i, set.options));
  const cleanKeep = set.options.style ? clean : vi.map((_, i) => run(i, KEEP));
  const alarms = {} as SetScore["alarms"];
  for (const lang of LANGS) {
    const flagged = (re: RegExp) => clean.filter((l) => l.some((x) => x.lang === lang && re.test(x.code))).length;
    // A missing translation (one-target Tatoeba pairs) is no alarm of either kind.
    const base = vi.filter((s, i) => tgt[lang][i] !== undefined && literalBaseline(s, tgt[lang][i] ?? "")).length;
    alarms[lang] = { ours: flagged(NUMERIC), base, content: flagged(CONTENT) };
  }
  const kinds = new Map<string, KindScore>();
  const rnd = mulberry32(20261125);
  for (const c of CORRUPTIONS) {
    const score: KindScore = { applied: 0, caught: 0, missed: [] };
    const options = c.keep ? KEEP : set.options;
    const before = c.keep ? cleanKeep : clean;
    vi.forEach((source, i) => {
      for (const lang of LANGS) {
        const original = tgt[lang][i];
        if (original === undefined) continue;
        const broken = c.apply(original, lang, source, rnd);
        if (!broken || (broken.target === original && broken.source === source)) continue;
        score.applied++;
        const issues = run(i, options, broken.source, { [lang]: broken.target });
        const fam = (l: QualityIssue[]) => l.filter((x) => x.lang === lang && c.families.test(x.code));
        // Caught: a new alarm of the family, or one pointing at the corrupted place.
        const side = broken.source === source ? "target" : "source";
        const [was, now] = side === "target" ? [original, broken.target] : [source, broken.source];
        const at = [...now].findIndex((ch, k) => ch !== was[k]);
        const covers = fam(issues).some((x) => x[side] && (x[side]?.[0] ?? 0) <= at && at <= (x[side]?.[1] ?? -1));
        if (fam(issues).length > fam(before[i] ?? []).length || covers) score.caught++;
        else score.missed.push(`line ${i + 1} ${lang}: ${side === "source" ? broken.source : broken.target}`);
      }
    });
    kinds.set(c.name, score);
  }
  return { set, clean, alarms, kinds };
}
