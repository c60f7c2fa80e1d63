import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { tmKey } from "./tm-key";
import { indexApprovedSegment, indexMemoryUnits } from "./index-memory";

/**
 * An approved translation feeds the memory: the unit for its (normalised) source gets this language's
 * text, replacing an older approval. Runs inside the approval's transaction (lib/review/server/apply-step.ts),
 * so the memory never holds a text whose approval was rolled back. The unit's index rows (fuzzy grams,
 * concordance words) and the segment's concordance words are written in the same transaction.
 */
export async function feedMemory(
  tx: Prisma.TransactionClient,
  input: { translationId: string; segmentId: string; lang: string; text: string },
): Promise<void> {
  if (input.lang !== "de" && input.lang !== "en") return;
  const text = input.text.normalize("NFC").trim();
  if (!text) return;
  const segment = await tx.segment.findUnique({ where: { id: input.segmentId }, select: { sourceText: true } });
  if (!segment) return;
  const key = tmKey(segment.sourceText);
  if (!key.vi) return;
  const data =
    input.lang === "de"
      ? { de: text, deTranslationId: input.translationId }
      : { en: text, enTranslationId: input.translationId };
  const unit = await tx.tmEntry.upsert({ where: { hash: key.hash }, create: { ...key, ...data }, update: data });
  await indexMemoryUnits(tx, [unit]);
  await indexApprovedSegment(tx, input.segmentId, [segment.sourceText, text]);
}
