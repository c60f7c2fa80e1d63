import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/audit/server/record-event";
import { isRole, type Actor, type TargetLang } from "@/lib/vocabulary";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canFill, REFUSAL, type Slot } from "@/lib/assignments/eligible";
import { dayOf, dueDateOf } from "@/lib/assignments/deadline";
import type { AssignmentView } from "@/lib/assignments/types";

export type AssignmentInput = {
  articleId: string;
  lang: TargetLang;
  translatorId: string | null;
  reviewerId: string | null;
  /** YYYY-MM-DD, or null for no deadline. */
  dueAt: string | null;
};

/**
 * Sets who translates and who reviews one language of an article, and by when; all three empty clears it.
 * The people are checked against the permission table (a translator slot takes users who may translate, a
 * reviewer slot users who may review); the article's earliest deadline and the audit row are written in
 * the same transaction.
 */
export async function setAssignment(input: AssignmentInput, actor: Actor): Promise<AssignmentView> {
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: { state: true, updatedAt: true },
    });
    if (!article || article.state === "importing") throw new AppError("ARTICLE_NOT_FOUND");
    await checkAssignee(tx, "translator", input.translatorId);
    await checkAssignee(tx, "reviewer", input.reviewerId);
    const key = { articleId_lang: { articleId: input.articleId, lang: input.lang } };
    const old = await tx.assignment.findUnique({ where: key });
    const after: AssignmentView = {
      translatorId: input.translatorId,
      reviewerId: input.reviewerId,
      dueAt: input.dueAt,
    };
    const before: AssignmentView | null = old
      ? { translatorId: old.translatorId, reviewerId: old.reviewerId, dueAt: old.dueAt ? dayOf(old.dueAt) : null }
      : null;
    const empty = !after.translatorId && !after.reviewerId && !after.dueAt;
    if (empty) {
      if (old) await tx.assignment.delete({ where: key });
    } else {
      const data = {
        translatorId: after.translatorId,
        reviewerId: after.reviewerId,
        dueAt: after.dueAt ? dueDateOf(after.dueAt) : null,
        updatedById: actor.id,
      };
      await tx.assignment.upsert({
        where: key,
        create: { ...data, articleId: input.articleId, lang: input.lang },
        update: data,
      });
    }
    // The article's earliest deadline: what the list sorts by (Article.dueAt).
    const earliest = await tx.assignment.aggregate({
      where: { articleId: input.articleId, dueAt: { not: null } },
      _min: { dueAt: true },
    });
    // updatedAt kept: the list's "last update" is about the text, not about who works on it.
    await tx.article.update({
      where: { id: input.articleId },
      data: { dueAt: earliest._min.dueAt, updatedAt: article.updatedAt },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "assignment.set",
      entityType: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      data: { lang: input.lang, ...after, before },
    });
    return after;
  });
}

async function checkAssignee(tx: Prisma.TransactionClient, slot: Slot, userId: string | null): Promise<void> {
  if (!userId) return;
  const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, banned: true } });
  if (!user || user.banned === true) throw new AppError("ASSIGNEE_NOT_FOUND");
  const role = isRole(user.role) ? user.role : null;
  if (!canFill(slot, role)) throw new AppError(REFUSAL[slot]);
}
