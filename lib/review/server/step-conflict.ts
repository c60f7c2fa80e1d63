import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseTranslationState } from "@/lib/vocabulary";
import type { ConflictDetails } from "@/lib/review/types";

/** TRANSLATION_CONFLICT carrying what the other person saved, so the editor can show both texts. */
export async function stepConflict(
  tx: Prisma.TransactionClient,
  row: { text: string; state: string; version: number; updatedById: string | null; updatedAt: Date },
): Promise<AppError> {
  const by = row.updatedById
    ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } })
    : null;
  const details: ConflictDetails = {
    text: row.text,
    state: parseTranslationState(row.state),
    version: row.version,
    updatedBy: by?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
  return new AppError("TRANSLATION_CONFLICT", { name: by?.name ?? "?" }, details);
}
