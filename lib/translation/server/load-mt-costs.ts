import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { Usage } from "@/lib/translation";
import type { ArticleCursor } from "@/lib/articles/cursor";
import { loadArticlePage } from "@/lib/articles/server/article-page";
import { loadProvider, mtConfigured } from "./load-provider";

/** Characters that count (billed by DeepL, or estimated where its answer never arrived), and the estimated part. */
export type LangCost = { characters: number; estimated: number };
export type ArticleCost = { articleId: string; title: string; de: LangCost; en: LangCost };
export type MtCosts = {
  articles: ArticleCost[];
  /** Cursors of the pages around this one (newest articles first). */
  newer: string | null;
  older: string | null;
  totals: { de: LangCost; en: LangCost };
  /** DeepL account usage, or why it could not be read (MT_NOT_CONFIGURED, MT_AUTH_FAILED, …). */
  usage: { ok: true; data: Usage } | { ok: false; code: string };
};

const PAGE_SIZE = 50;
const zero = (): LangCost => ({ characters: 0, estimated: 0 });

/** Adds one ledger sum (a language and state) to a per-language cost. */
function add(into: { de: LangCost; en: LangCost }, lang: string, state: string, characters: number) {
  if (lang !== "de" && lang !== "en") return;
  into[lang].characters += characters;
  if (state === "estimated") into[lang].estimated += characters;
}

/**
 * The MT cost view from the ledger (MtCharge): totals over every request ever sent, and one page of the
 * articles that cost something, each summed per language in SQL. Estimated characters are shown as such.
 */
export async function loadMtCosts(cursor: ArticleCursor | null = null): Promise<MtCosts> {
  const [sums, page] = await Promise.all([
    db.mtCharge.groupBy({ by: ["lang", "state"], _sum: { characters: true } }),
    loadArticlePage({ mtCharges: { some: { characters: { gt: 0 } } } }, cursor, PAGE_SIZE),
  ]);
  const totals = { de: zero(), en: zero() };
  for (const s of sums) add(totals, s.lang, s.state, s._sum.characters ?? 0);
  const perArticle = await db.mtCharge.groupBy({
    by: ["articleId", "lang", "state"],
    _sum: { characters: true },
    where: { articleId: { in: page.rows.map((a) => a.id) } },
  });
  const costs = new Map(page.rows.map((a) => [a.id, { de: zero(), en: zero() }]));
  for (const s of perArticle) if (s.articleId) add(costs.get(s.articleId)!, s.lang, s.state, s._sum.characters ?? 0);
  const articles = page.rows.map((a) => ({ articleId: a.id, title: a.title, ...costs.get(a.id)! }));
  return { articles, newer: page.newer, older: page.older, totals, usage: await loadUsage() };
}

async function loadUsage(): Promise<MtCosts["usage"]> {
  if (!(await mtConfigured())) return { ok: false, code: "MT_NOT_CONFIGURED" };
  try {
    return { ok: true, data: await (await loadProvider()).usage() };
  } catch (e) {
    if (!isAppError(e)) throw e;
    return { ok: false, code: e.code };
  }
}
