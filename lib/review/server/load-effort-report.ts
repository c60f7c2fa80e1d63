import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/articles/kinds";
import { effortReport } from "@/lib/review/effort-report";

/** Effort for the whole archive: two queries (translations with a baseline, editing time per translation). */
export async function loadEffortReport() {
  const [rows, seconds] = await Promise.all([
    db.translation.findMany({ where: { machineText: { not: null }, NOT: { text: "" } },
      select: { id: true, articleId: true, lang: true, machineText: true, text: true, updatedAt: true, article: { select: { title: true } } } }),
    db.revision.groupBy({ by: ["translationId"], _sum: { editSeconds: true }, where: { editSeconds: { not: null } } }),
  ]);
  const secondsOf = new Map(seconds.map((s) => [s.translationId, s._sum.editSeconds ?? 0]));
  return effortReport(rows.map((r) => ({ articleId: r.articleId, title: r.article.title, lang: r.lang as TargetLang,
    machineText: r.machineText, text: r.text, seconds: secondsOf.get(r.id) ?? 0, editedAt: r.updatedAt })));
}
