// The app's list, search, queue and report services, each called as its page calls it (first page and
// a later page, every sort and filter). Imported after the test has put its logging client in place.
import type { Actor } from "@/lib/vocabulary";

type Actors = Record<"translator" | "reviewer" | "publisher" | "admin", Actor>;
export type PlanCase = [name: string, run: () => Promise<unknown>];

export async function planCases(actors: Actors): Promise<PlanCase[]> {
  const { findArticles } = await import("@/lib/articles/server/find-articles");
  const { LIST_SORTS, LIST_STATES } = await import("@/lib/articles/list-params");
  const { listAuditEvents } = await import("@/lib/audit/server/list-audit-events");
  const { parseAuditFilters } = await import("@/lib/audit/filters");
  const { listApiTokens } = await import("@/lib/cms/server/list-api-tokens");
  const { stopWebhookWorker } = await import("@/lib/cms/server/deliver-webhooks");
  const { countMemory } = await import("@/lib/translation/server/count-memory");
  const { listPublishedArticles } = await import("@/lib/cms/server/list-published-articles");
  const { loadMyWork } = await import("@/lib/queue/server/load-my-work");
  const { changedSincePublication } = await import("@/lib/queue/server/republish-candidates");
  const { loadEffortReport } = await import("@/lib/review/server/load-effort-report");
  const { loadMtCosts } = await import("@/lib/translation/server/load-mt-costs");
  const { decodeCursor } = await import("@/lib/articles/cursor");

  const cases: PlanCase[] = [];
  for (const sort of LIST_SORTS) {
    cases.push([`articles ${sort}`, () => findArticles({ sort })]);
    cases.push([
      `articles ${sort}, page 2`,
      async () => findArticles({ sort, after: (await findArticles({ sort })).next ?? undefined }),
    ]);
  }
  for (const state of LIST_STATES) {
    cases.push([`articles in state ${state}`, () => findArticles({ state })]);
    cases.push([`articles in state ${state}, German`, () => findArticles({ state, lang: "de", sort: "deadline" })]);
  }
  cases.push(["search", () => findArticles({ query: "ha noi khoi cong" })]);
  cases.push(["search, one article", () => findArticles({ query: "bai 1234 " })]);

  const audit = (params: Record<string, string>) => () => listAuditEvents(parseAuditFilters(params));
  cases.push(["audit log", audit({})]);
  // Rare filters (plan-seed.ts): a filter most rows match is rightly read newest first with a filter,
  // which this test cannot tell from a missing index, so it is not among the cases.
  cases.push(["audit log by action group", audit({ action: "token" })]);
  cases.push(["audit log by action", audit({ action: "article.publish" })]);
  cases.push(["audit log by user", audit({ user: actors.admin.id })]);
  cases.push(["audit log by article", audit({ article: "a77" })]);
  cases.push(["audit log by days", audit({ from: "2026-01-01", to: "2026-12-31" })]);
  cases.push([
    "audit log, page 2",
    async () => listAuditEvents(parseAuditFilters({ after: (await listAuditEvents(parseAuditFilters({}))).next! })),
  ]);

  cases.push(["API tokens", async () => (await listApiTokens(), stopWebhookWorker())]);
  cases.push(["memory count", () => countMemory()]);
  cases.push(["CMS API list", () => listPublishedArticles({ page: 1, pageSize: 50 })]);
  cases.push([
    "CMS API list, German since",
    () => listPublishedArticles({ page: 1, pageSize: 50, lang: "de", since: new Date(0) }),
  ]);
  cases.push([
    "CMS API list, cursor",
    async () => {
      const first = await listPublishedArticles({ page: 1, pageSize: 50 });
      return listPublishedArticles({ page: 1, pageSize: 50, cursor: first.nextCursor! });
    },
  ]);

  for (const role of ["translator", "reviewer", "publisher"] as const)
    cases.push([`my work (${role})`, () => loadMyWork(actors[role])]);
  cases.push(["republish candidates", () => changedSincePublication("de", 50)]);
  for (const period of ["30", "all"] as const)
    cases.push([`effort report ${period}`, () => loadEffortReport({ period, cursor: null })]);
  cases.push([
    "effort report, page 2",
    async () => {
      const first = await loadEffortReport({ period: "all", cursor: null });
      return loadEffortReport({ period: "all", cursor: decodeCursor(first.older ?? undefined, "after") });
    },
  ]);
  cases.push(["MT costs", () => loadMtCosts(null)]);
  return cases;
}
