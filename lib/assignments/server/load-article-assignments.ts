import "server-only";
import { db } from "@/lib/db";
import { ROLES, TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";
import { rolesFor } from "@/lib/assignments/eligible";
import { dayOf } from "@/lib/assignments/deadline";
import type { ArticleAssignments, AssignmentView } from "@/lib/assignments/types";

/** How many people a choice offers: a newsroom's staff, bounded so the page never loads an unbounded table. */
const PEOPLE_LIMIT = 300;

/** The article's assignments and, for the panel's choices, the active users each slot takes (by role). */
export async function loadArticleAssignments(articleId: string): Promise<ArticleAssignments> {
  const [rows, people] = await Promise.all([
    db.assignment.findMany({ where: { articleId } }),
    db.user.findMany({
      where: { role: { in: rolesFor("translator", ROLES) }, NOT: { banned: true } },
      orderBy: { name: "asc" },
      take: PEOPLE_LIMIT,
      select: { id: true, name: true, role: true },
    }),
  ]);
  const reviewerRoles: readonly string[] = rolesFor("reviewer", ROLES);
  const current = Object.fromEntries(
    TARGET_LANGS.map((lang) => {
      const row = rows.find((r) => r.lang === lang);
      const view: AssignmentView = {
        translatorId: row?.translatorId ?? null,
        reviewerId: row?.reviewerId ?? null,
        dueAt: row?.dueAt ? dayOf(row.dueAt) : null,
      };
      return [lang, view];
    }),
  ) as Record<TargetLang, AssignmentView>;
  return {
    current,
    translators: people.map(({ id, name }) => ({ id, name })),
    reviewers: people.filter((p) => p.role && reviewerRoles.includes(p.role)).map(({ id, name }) => ({ id, name })),
  };
}
