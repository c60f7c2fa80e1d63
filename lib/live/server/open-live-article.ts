import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import { sessionUserFrom } from "@/lib/auth/server/session-user";
import type { Actor } from "@/lib/vocabulary";

/**
 * Who may follow an article live: a signed-in user allowed to read articles (the permission that opens
 * the editor), and an article that exists. The answer is an HTTP status when not.
 */
export async function liveActor(headers: Headers, articleId: string): Promise<Actor | 401 | 403 | 404> {
  const user = await sessionUserFrom(headers);
  if (!user) return 401;
  if (!can(user.role, "article.read")) return 403;
  if (articleId.length > 64) return 404;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) return 404;
  return { id: user.id, role: user.role, name: user.name };
}
