import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import type { ParsedXliffUnit } from "@/lib/export/types";
import { normalizeForCompare } from "@/lib/export/text";

// Notes per file that become comments; a file with more is imported with its first ones (reported count).
const MAX_NOTES_PER_FILE = 5_000;

/**
 * Notes a translator or reviewer wrote in the CAT tool become comments on the segment's translation, by
 * the importing user. A note whose text is already a comment on that segment (the comments we exported as
 * notes, or the same file imported twice) is not added again. Runs inside the import's transaction.
 */
export async function addXliffNotes(
  tx: Prisma.TransactionClient,
  input: { articleId: string; lang: TargetLang | null; units: ParsedXliffUnit[] },
  actor: Actor,
): Promise<number> {
  const withNotes = input.units.filter((u) => u.notes?.length);
  if (!withNotes.length) return 0;
  const existing = await tx.comment.findMany({
    where: { segment: { articleId: input.articleId }, segmentId: { in: withNotes.map((u) => u.id) } },
    select: { segmentId: true, body: true },
  });
  const seen = new Set(existing.map((c) => `${c.segmentId}\u0000${normalizeForCompare(c.body)}`));
  const rows: Prisma.CommentCreateManyInput[] = [];
  for (const unit of withNotes) {
    for (const note of unit.notes ?? []) {
      const key = `${unit.id}\u0000${normalizeForCompare(note)}`;
      if (seen.has(key) || rows.length >= MAX_NOTES_PER_FILE) continue;
      seen.add(key);
      rows.push({ segmentId: unit.id, lang: input.lang, body: note, authorId: actor.id });
    }
  }
  if (rows.length) await tx.comment.createMany({ data: rows });
  return rows.length;
}
