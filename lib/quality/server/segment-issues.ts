import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type TargetLang, parseTargetLang } from "@/lib/vocabulary";
import { segmentIssues, type IssueSummary } from "@/lib/quality/issues-by-lang";
import { loadCheckOptions } from "./check-options";

export type SegmentIssueResult = { byLang: Record<TargetLang, IssueSummary>; rows: { id: string; lang: TargetLang }[] };

/**
 * Checks one segment as it will be after a pending write (`pending` replaces that translation's text
 * and state). Both languages are re-checked: cross-target consistency depends on the pair.
 */
export async function computeSegmentIssues(
  tx: Prisma.TransactionClient,
  segmentId: string,
  pending?: { translationId: string; text: string; state: string },
): Promise<SegmentIssueResult> {
  const segment = await tx.segment.findUniqueOrThrow({
    where: { id: segmentId },
    select: {
      sourceText: true,
      kind: true,
      translations: { select: { id: true, lang: true, text: true, state: true } },
    },
  });
  const targets = Object.fromEntries(
    segment.translations.map((t) => [
      t.lang,
      t.id === pending?.translationId ? { text: pending.text, state: pending.state } : { text: t.text, state: t.state },
    ]),
  );
  const byLang = segmentIssues(
    { source: segment.sourceText, kind: segment.kind, de: targets.de, en: targets.en },
    await loadCheckOptions(tx),
  );
  return { byLang, rows: segment.translations.map((t) => ({ id: t.id, lang: parseTargetLang(t.lang) })) };
}

/** Issues are derived data: stored without a version bump, so they never cause an edit conflict. */
export async function storeSegmentIssues(tx: Prisma.TransactionClient, result: SegmentIssueResult): Promise<void> {
  for (const row of result.rows) {
    const s = result.byLang[row.lang];
    await tx.translation.update({
      where: { id: row.id },
      data: { issues: JSON.stringify(s.issues), errorCount: s.errorCount, warningCount: s.warningCount },
    });
  }
}
