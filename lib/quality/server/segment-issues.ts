import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type TargetLang, parseTargetLang } from "@/lib/vocabulary";
import type { CheckOptions } from "@/lib/quality";
import { segmentIssues, type IssueSummary } from "@/lib/quality/issues-by-lang";

export type SegmentIssueResult = {
  byLang: Record<TargetLang, IssueSummary>;
  rows: { id: string; lang: TargetLang; version: number }[];
};
type Target = { id: string; lang: string; text: string; state: string; version: number };

/**
 * Checks one segment as it will be after a pending write (`pending` replaces that translation's text
 * and state). Both languages are re-checked: cross-target consistency depends on the pair. Pure: the
 * caller has read the rows and the options (before its transaction, so the checks hold no lock).
 */
export function checkSegmentRows(
  segment: { sourceText: string; kind: string; translations: readonly Target[] },
  options: CheckOptions,
  pending?: { translationId: string; text: string; state: string },
): SegmentIssueResult {
  const targets = Object.fromEntries(
    segment.translations.map((t) => [
      t.lang,
      t.id === pending?.translationId ? { text: pending.text, state: pending.state } : { text: t.text, state: t.state },
    ]),
  );
  const byLang = segmentIssues(
    { source: segment.sourceText, kind: segment.kind, de: targets.de, en: targets.en },
    options,
  );
  const rows = segment.translations.map((t) => ({ id: t.id, lang: parseTargetLang(t.lang), version: t.version }));
  return { byLang, rows };
}

/** A row's issues as stored (the columns of Translation). */
export function issueColumns(s: IssueSummary) {
  return { issues: JSON.stringify(s.issues), errorCount: s.errorCount, warningCount: s.warningCount };
}

/**
 * Issues are derived data: stored without a version bump, so they never cause an edit conflict. With
 * `ifVersion`, only if the row is still the version they were computed from; false when it is not
 * (someone saved that language meanwhile: the pair must be checked again).
 */
export async function storeRowIssues(
  tx: Prisma.TransactionClient,
  row: { id: string; version: number },
  s: IssueSummary,
  ifVersion: boolean,
): Promise<boolean> {
  const where = ifVersion ? { id: row.id, version: row.version } : { id: row.id };
  const { count } = await tx.translation.updateMany({ where, data: issueColumns(s) });
  return count === 1;
}
