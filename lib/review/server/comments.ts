import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor, TargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";

export type CommentEntry = { id: string; body: string; author: string; createdAt: string };

/** The discussion on one segment's translation into one language, oldest first. */
export async function listComments(input: { segmentId: string; lang: TargetLang }): Promise<CommentEntry[]> {
  const rows = await db.comment.findMany({
    where: { segmentId: input.segmentId, lang: input.lang },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { name: true } } },
  });
  return rows.map((c) => ({ id: c.id, body: c.body, author: c.author.name, createdAt: c.createdAt.toISOString() }));
}

export async function addComment(
  input: { segmentId: string; lang: TargetLang; body: string },
  actor: Actor,
): Promise<CommentEntry> {
  const body = input.body.normalize("NFC").trim();
  if (!body) throw new AppError("COMMENT_EMPTY");
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findUnique({ where: { id: input.segmentId }, select: { articleId: true } });
    if (!segment) throw new AppError("SEGMENT_NOT_FOUND");
    const c = await tx.comment.create({
      data: { segmentId: input.segmentId, lang: input.lang, body, authorId: actor.id },
    });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "comment.create",
      entityType: "comment",
      entityId: c.id,
      articleId: segment.articleId,
      data: { lang: input.lang },
    });
    return { id: c.id, body, author: actor.name, createdAt: c.createdAt.toISOString() };
  });
}
