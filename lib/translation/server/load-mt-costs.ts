import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { Usage } from "@/lib/translation";
import { loadProvider, mtConfigured } from "./load-provider";

export type ArticleCost = { articleId: string; title: string; de: number; en: number };
export type MtCosts = {
  articles: ArticleCost[];
  totals: { de: number; en: number };
  /** DeepL account usage, or why it could not be read (MT_NOT_CONFIGURED, MT_AUTH_FAILED, …). */
  usage: { ok: true; data: Usage } | { ok: false; code: string };
};

/** Billed characters per article and language (only articles that cost something), plus DeepL's getUsage. */
export async function loadMtCosts(): Promise<MtCosts> {
  const rows = await db.articleLanguage.findMany({ where: { billedCharacters: { gt: 0 } },
    select: { articleId: true, lang: true, billedCharacters: true, article: { select: { title: true, createdAt: true } } } });
  const byArticle = new Map<string, ArticleCost & { createdAt: Date }>();
  for (const r of rows) {
    const a = byArticle.get(r.articleId) ?? { articleId: r.articleId, title: r.article.title, createdAt: r.article.createdAt, de: 0, en: 0 };
    if (r.lang === "de" || r.lang === "en") a[r.lang] += r.billedCharacters;
    byArticle.set(r.articleId, a);
  }
  const articles = [...byArticle.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((a) => ({ articleId: a.articleId, title: a.title, de: a.de, en: a.en }));
  const totals = { de: articles.reduce((n, a) => n + a.de, 0), en: articles.reduce((n, a) => n + a.en, 0) };
  let usage: MtCosts["usage"];
  if (!mtConfigured()) usage = { ok: false, code: "MT_NOT_CONFIGURED" };
  else {
    try {
      usage = { ok: true, data: await (await loadProvider()).usage() };
    } catch (e) {
      if (!isAppError(e)) throw e;
      usage = { ok: false, code: e.code };
    }
  }
  return { articles, totals, usage };
}
