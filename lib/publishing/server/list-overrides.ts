import "server-only";
import { db } from "@/lib/db";
import { isTargetLang, type TargetLang } from "@/lib/vocabulary";
import { isOverridden } from "@/lib/publishing/overrides";

/** One error a reviewer approved over: what the publisher reads and confirms before publishing. */
export type OverrideEntry = {
  /** The override revision's id: what the publisher confirms (publishArticle compares the sets). */
  id: string;
  lang: TargetLang;
  position: number;
  source: string;
  text: string;
  /** The quality issues of the text (JSON, lib/quality), shown with the check's name in the UI language. */
  issues: string;
  reason: string;
  by: string | null;
  at: string;
};

/**
 * Every override that applies to the text as it would be published now, in segment order. Only approved
 * rows with errors can carry one, so the query reads those few (indexed by article, language and state).
 */
export async function listOverrides(articleId: string): Promise<OverrideEntry[]> {
  const rows = await db.translation.findMany({
    where: { articleId, state: "approved", errorCount: { gt: 0 } },
    orderBy: [{ lang: "asc" }, { segment: { position: "asc" } }],
    select: {
      lang: true,
      text: true,
      issues: true,
      errorCount: true,
      state: true,
      segment: { select: { position: true, sourceText: true } },
      revisions: {
        orderBy: { version: "desc" },
        take: 1,
        select: { id: true, action: true, reason: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  });
  return rows.flatMap((row) => {
    const last = row.revisions[0];
    const lang = row.lang;
    if (!last || !isTargetLang(lang) || !isOverridden({ ...row, lastAction: last.action })) return [];
    return [
      {
        id: last.id,
        lang,
        position: row.segment.position,
        source: row.segment.sourceText,
        text: row.text,
        issues: row.issues,
        reason: last.reason ?? "",
        by: last.author?.name ?? null,
        at: last.createdAt.toISOString(),
      },
    ];
  });
}
