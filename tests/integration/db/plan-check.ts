// Captures the SQL the app's Prisma client sends while a service runs, and EXPLAINs each statement with
// its parameters bound: the plans of the app's own queries, not of hand-written copies.
import type pg from "pg";

export type Captured = { sql: string; params: unknown[] };
type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  Filter?: string;
  Plans?: PlanNode[];
};
const INDEX_SCANS = ["Index Scan", "Index Only Scan"];

/** The tables a full scan of which grows with the archive (millions of rows at newsroom scale). */
export const BIG_TABLES = ["Segment", "Translation", "Revision", "AuditEvent"];

export class QueryLog {
  private seen: Captured[] = [];
  record(e: { query: string; params: string }) {
    this.seen.push({ sql: e.query, params: JSON.parse(e.params) as unknown[] });
  }
  /** The read statements sent while `run` ran. */
  async during(run: () => Promise<unknown>): Promise<Captured[]> {
    this.seen = [];
    await run();
    return this.seen.filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.sql));
  }
}

/**
 * The reads of a big table that grow with it: a sequential scan, or an index read end to end (no index
 * condition) unless a LIMIT above it stops it and it returns every row it reads (no filter: with one,
 * a rare match reads the whole index to fill a page). The session runs with enable_seqscan off (see the test): on
 * a small archive a sequential read of a few pages is rightly cheaper, the question here is whether an
 * index path exists at all, which is what decides at millions of rows.
 */
export async function bigScans(client: pg.Client, q: Captured): Promise<string[]> {
  const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(
    `EXPLAIN (FORMAT JSON) ${q.sql}`,
    q.params.map(bindable),
  );
  const found: string[] = [];
  const visit = (node: PlanNode, limited: boolean) => {
    const table = node["Relation Name"] ?? "";
    if (BIG_TABLES.includes(table)) {
      if (node["Node Type"] === "Seq Scan") found.push(`Seq Scan on ${table}`);
      else if (INDEX_SCANS.includes(node["Node Type"]) && !node["Index Cond"] && (!limited || node.Filter))
        found.push(`${node["Node Type"]} on ${table} without a condition (${node["Index Name"]})`);
    }
    node.Plans?.forEach((child) => visit(child, limited || node["Node Type"] === "Limit"));
  };
  visit(rows[0]!["QUERY PLAN"][0]!.Plan, false);
  return found;
}

/** Prisma logs arrays and objects as JSON; pg takes them as text the statement's casts convert. */
function bindable(value: unknown): unknown {
  return value !== null && typeof value === "object" ? JSON.stringify(value) : value;
}
