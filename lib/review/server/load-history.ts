import "server-only";
import { db } from "@/lib/db";

export type HistoryEntry = {
  version: number;
  text: string;
  state: string;
  origin: string;
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
    state: r.state,
    origin: r.origin,
    action: r.action,
    reason: r.reason,
    author: r.author?.name ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}
