import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/vocabulary";
import { searchTextOf } from "@/lib/articles/search-text";
import { recordEvent } from "@/lib/audit/server/record-event";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";

/** The CMS token an import came through (named in an `api.import` audit row). */
export type ImportVia = { tokenId: string; name: string; prefix: string };

export type FinishImport = {
  articleId: string;
  effort: EffortChange[];
  counts: { segments: number; translations: number };
  meta: { format: string; actor: Actor; via?: ImportVia };
};

/** The search text of an article (its title and source segments). */
export function importSearchText(title: string, sources: readonly string[]): string {
  return searchTextOf(title, sources);
}

/** What joins a written import when it becomes visible: its effort sums and audit rows (caller's transaction). */
export async function finishImport(tx: Prisma.TransactionClient, f: FinishImport): Promise<void> {
  const { articleId, meta } = f;
  const { actor } = meta;
  await shiftEffortDays(tx, f.effort);
  await recordEvent(tx, {
    actorId: actor.id,
    action: "article.import",
    entityType: "article",
    entityId: articleId,
    articleId,
    data: { format: meta.format, ...f.counts },
  });
  // Through the CMS API: which token, in the same transaction as the article it brought.
  if (meta.via) {
    await recordEvent(tx, {
      actorId: actor.id,
      action: "api.import",
      entityType: "apiToken",
      entityId: meta.via.tokenId,
      articleId,
      data: { token: meta.via.name, tokenPrefix: meta.via.prefix, segments: f.counts.segments },
    });
  }
}
