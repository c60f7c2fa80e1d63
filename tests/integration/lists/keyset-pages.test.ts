// Keyset pagination of the archive lists: walking every page forwards (and back) shows each row that was
// there at the start exactly once, in the list's order, while new rows are inserted between pages —
// what OFFSET paging cannot do (a row inserted ahead shifts the next page and repeats a row).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LIST_SORTS, type ListSort } from "@/lib/articles/list-params";
import { findArticles } from "@/lib/articles/server/find-articles";
import { listAuditEvents } from "@/lib/audit/server/list-audit-events";
import { parseAuditFilters } from "@/lib/audit/filters";

const SIZE = 3;
const day = (d: number, h = 8) => new Date(Date.UTC(2026, 10, d, h));

type Page = { ids: string[]; prev: string | null; next: string | null };

/** Every page forwards, calling `between` before each next page; then back from the last page. */
async function walk(load: (c: { after?: string; before?: string }) => Promise<Page>, between: () => Promise<void>) {
  const forwards: string[] = [];
  let page = await load({});
  let last = page;
  for (let i = 0; i < 50; i++) {
    forwards.push(...page.ids);
    last = page;
    if (!page.next) break;
    await between();
    page = await load({ after: page.next });
  }
  const backwards: string[] = [...last.ids];
  for (let i = 0, p = last; i < 50 && p.prev; i++) {
    p = await load({ before: p.prev });
    backwards.unshift(...p.ids);
  }
  return { forwards, backwards };
}

// Ties on purpose: equal creation times, equal and missing deadlines.
const SEED = [
  { created: day(1), updated: day(9), due: day(20) },
  { created: day(2), updated: day(3), due: null },
  { created: day(2), updated: day(3), due: day(20) },
  { created: day(2), updated: day(8), due: day(15) },
  { created: day(3), updated: day(4), due: null },
  { created: day(4), updated: day(7), due: day(15) },
  { created: day(4), updated: day(7), due: null },
  { created: day(5), updated: day(6), due: day(25) },
  { created: day(6), updated: day(6), due: day(15) },
  { created: day(7), updated: day(5), due: null },
];

function expectedOrder(sort: ListSort, rows: { id: string; created: Date; updated: Date; due: Date | null }[]) {
  const t = (d: Date | null) => d?.getTime() ?? Infinity;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...rows].sort((a, b) => {
    if (sort === "oldest") return t(a.created) - t(b.created) || byId(a, b);
    if (sort === "newest") return t(b.created) - t(a.created) || byId(b, a);
    if (sort === "updated") return t(b.updated) - t(a.updated) || byId(b, a);
    return t(a.due) - t(b.due) || t(b.created) - t(a.created) || byId(b, a);
  });
  return sorted.map((r) => r.id);
}

describe("keyset pagination", () => {
  it.each(LIST_SORTS)("articles sorted %s: no row skipped or repeated while articles are added", async (sort) => {
    const marker = `keyset${sort}${randomUUID().slice(0, 8)}`;
    const make = (r: { created: Date; updated: Date; due: Date | null }) =>
      db.article.create({
        data: { title: marker, searchText: marker, createdAt: r.created, updatedAt: r.updated, dueAt: r.due },
        select: { id: true },
      });
    const seeded = [];
    for (const r of SEED) seeded.push({ ...r, id: (await make(r)).id });
    let added = 0;
    const { forwards, backwards } = await walk(
      async (c) => {
        const list = await findArticles({ query: marker, sort, pageSize: SIZE, ...c });
        return { ids: list.items.map((i) => i.id), prev: list.prev, next: list.next };
      },
      // Ahead of and behind the walk in every sort: the newest, the oldest, the earliest deadline.
      async () => {
        added++;
        await make({ created: new Date(), updated: new Date(), due: day(1) });
        await make({ created: day(1, 0), updated: day(1, 0), due: null });
      },
    );
    expect(added).toBeGreaterThanOrEqual(3);
    const seededIds = new Set(seeded.map((r) => r.id));
    expect(forwards.filter((id) => seededIds.has(id))).toEqual(expectedOrder(sort, seeded));
    expect(new Set(forwards).size).toBe(forwards.length);
    expect(new Set(backwards).size).toBe(backwards.length);
    // Back from the last page: the same rows in the same order, plus what was added meanwhile.
    expect(backwards.filter((id) => seededIds.has(id))).toEqual(expectedOrder(sort, seeded));
  });

  it("audit log: no event skipped or repeated while events are recorded", async () => {
    const articleId = `audit-keyset-${randomUUID()}`;
    const event = (createdAt: Date, n: number) => ({
      action: "glossary.create",
      entityType: "glossaryTerm",
      entityId: `t${n}`,
      articleId,
      createdAt,
    });
    // Pairs with the same time: the id decides.
    await db.auditEvent.createMany({ data: Array.from({ length: 10 }, (_, i) => event(day(1 + (i >> 1)), i)) });
    const seeded = await db.auditEvent.findMany({
      where: { articleId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    let n = 100;
    const { forwards, backwards } = await walk(
      async (c) => {
        const page = await listAuditEvents(parseAuditFilters({ article: articleId, action: "glossary", ...c }), SIZE);
        return { ids: page.events.map((e) => e.id), prev: page.prev, next: page.next };
      },
      async () => {
        await db.auditEvent.create({ data: event(new Date(), n++) });
      },
    );
    const ids = new Set(seeded.map((e) => e.id));
    expect(forwards).toEqual(seeded.map((e) => e.id)); // newer events are ahead of the walk, never in it
    expect(backwards.filter((id) => ids.has(id))).toEqual(forwards);
    expect(new Set(backwards).size).toBe(backwards.length);
  });

  it("counts the audit log up to the cap: 10,000+", async () => {
    const articleId = `audit-cap-${randomUUID()}`;
    const rows = Array.from({ length: 10_001 }, (_, i) => ({
      action: "glossary.create",
      entityType: "glossaryTerm",
      entityId: `c${i}`,
      articleId,
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000),
    }));
    for (let i = 0; i < rows.length; i += 2_000) await db.auditEvent.createMany({ data: rows.slice(i, i + 2_000) });
    const page = await listAuditEvents(parseAuditFilters({ article: articleId }));
    expect(page.total).toEqual({ count: 10_000, capped: true });
    await db.auditEvent.deleteMany({ where: { articleId, entityId: "c0" } });
    expect((await listAuditEvents(parseAuditFilters({ article: articleId }))).total).toEqual({
      count: 10_000,
      capped: false,
    });
  });
});
