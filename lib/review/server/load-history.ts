import "server-only";
import { db } from "@/lib/db";
import { parseOrigin, parseTranslationState, type Origin, type TranslationState } from "@/lib/vocabulary";

export type HistoryEntry = {
  version: number;
  text: string;
  state: TranslationState;
  origin: Origin;
  action: string;
  reason: string | null;
  author: string | null;
  createdAt: string;
};

/** Every revision of one translation, newest first. */
export async function loadHistory(translationId: string): Promise<HistoryEntry[]> {
  const rows = await db.revision.findMany({
    where: { translationId },
    orderBy: { version: "desc" },
    include: { author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    version: r.version,
    text: r.text,
    state: parseTranslationState(r.state),
    origin: parseOrigin(r.origin),
    action: r.action,
    reason: r.reason,
    author: r.author?.name ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
