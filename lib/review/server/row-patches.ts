import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RowChange } from "@/lib/articles/editor-types";
import { translationPatch } from "@/lib/articles/translation-view";
import { parseTargetLang } from "@/lib/vocabulary";

export type { RowChange };

/**
 * The written rows in full, and only the fresh issues of the other rows of their segments (their text is
 * untouched; a cross-language check may have changed). One query each, whatever the number of rows.
 */
export async function rowPatches(
  tx: Prisma.TransactionClient,
  written: readonly string[],
  authorName: string,
): Promise<RowChange[]> {
  if (written.length === 0) return [];
  const rows = await tx.translation.findMany({ where: { id: { in: [...written] } } });
  const others = await tx.translation.findMany({
    where: { segmentId: { in: [...new Set(rows.map((r) => r.segmentId))] }, id: { notIn: [...written] } },
    select: { segmentId: true, lang: true, issues: true, errorCount: true, warningCount: true },
  });
  const full = rows.map((t): RowChange => ({
    segmentId: t.segmentId,
    lang: parseTargetLang(t.lang),
    patch: translationPatch(t, authorName),
  }));
  const issuesOnly = others.map((t): RowChange => {
    const { issues, errorCount, warningCount } = t;
    return { segmentId: t.segmentId, lang: parseTargetLang(t.lang), patch: { issues, errorCount, warningCount } };
  });
  return [...full, ...issuesOnly];
}
