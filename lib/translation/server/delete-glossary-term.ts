import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { bumpChecksVersion } from "@/lib/quality/server/check-options";
import { recheckTermSegments } from "@/lib/quality/server/recheck-term-segments";

/** Removes a term; once committed, the translations whose source holds it are re-checked (batched). */
export async function deleteGlossaryTerm(
  input: { id: string },
  actor: Actor,
): Promise<{ id: string; rechecked: number }> {
  const row = await db.$transaction(async (tx) => {
    const row = await tx.glossaryTerm.findUnique({ where: { id: input.id } });
    if (!row) throw new AppError("GLOSSARY_TERM_NOT_FOUND");
    await tx.glossaryTerm.delete({ where: { id: row.id } });
    await bumpChecksVersion(tx); // the next save's checks no longer see the term (cached check options)
    await recordEvent(tx, {
      actorId: actor.id,
      action: "glossary.delete",
      entityType: "glossaryTerm",
      entityId: row.id,
      data: { vi: row.vi, de: row.de, en: row.en },
    });
    return row;
  });
  const { rows } = await recheckTermSegments([row.vi]);
  return { id: row.id, rechecked: rows };
}
