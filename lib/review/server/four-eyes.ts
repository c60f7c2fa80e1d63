import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isFourEyesOn } from "@/lib/settings/server/review-settings";

/**
 * The four-eyes rule: nobody approves a text they had a hand in. Authors are everyone who wrote a revision
 * that changed the text since the last approval that changed nothing (an import counts; machine and memory
 * fills do not), and whoever approves with an edit of their own. Adding one full stop to a reviewer's text
 * therefore does not make it approvable by that reviewer. Two indexed look-ups on Revision, however long
 * the history. The error says why: an import, an XLIFF file, an earlier version, or this very edit.
 */
export async function assertFourEyes(
  tx: Prisma.TransactionClient,
  o: { translationId: string; actorId: string; editsNow: boolean },
): Promise<void> {
  if (!(await isFourEyesOn(tx))) return;
  if (o.editsNow) throw new AppError("REVIEW_FOUR_EYES", { how: "now", version: 0 });
  const approval = await tx.revision.findFirst({
    where: { translationId: o.translationId, state: "approved", wroteText: false },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const mine = await tx.revision.findFirst({
    where: {
      translationId: o.translationId,
      authorId: o.actorId,
      wroteText: true,
      version: { gt: approval?.version ?? 0 },
    },
    orderBy: { version: "desc" },
    select: { version: true, action: true },
  });
  if (!mine) return;
  const how = mine.action === "import" || mine.action === "xliff" ? mine.action : "edit";
  throw new AppError("REVIEW_FOUR_EYES", { how, version: mine.version });
}
