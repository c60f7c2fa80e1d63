// Every list, search, queue and report query of the app, EXPLAINed on PostgreSQL over a seeded archive:
// none may read Segment, Translation, Revision or AuditEvent from start to end (a sequential scan
// grows with the archive; at 100,000 articles it is the difference between 5 ms and a second).
// The statements are the ones Prisma sends while the real services run (plan-check.ts).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-pg/client";
import type { Actor } from "@/lib/vocabulary";
import { bigScans, QueryLog } from "./plan-check";
import { seedArchive } from "./plan-seed";
import { planCases } from "./plan-cases";

const url = process.env.DATABASE_URL ?? "";
const log = new QueryLog();

describe.runIf(/^postgres(ql)?:/.test(url))("query plans on PostgreSQL", () => {
  const client = new pg.Client({ connectionString: url });
  let cases: Awaited<ReturnType<typeof planCases>> = [];

  beforeAll(async () => {
    // The app's client (lib/db.ts takes the one on globalThis), logging every statement with its parameters.
    const db = new PostgresClient({
      adapter: new PrismaPg({ connectionString: url }),
      log: [{ emit: "event", level: "query" }],
    });
    db.$on("query", (e) => log.record(e));
    (globalThis as { duyetDb?: unknown }).duyetDb = db;
    const { createActor } = await import("@/tests/factories");
    const actors: Record<string, Actor> = {};
    for (const role of ["translator", "reviewer", "publisher", "admin"] as const)
      actors[role] = await createActor(role);
    await client.connect();
    await client.query("SET enable_seqscan = off"); // plan-check.ts says why
    await seedArchive(client, {
      translator: actors.translator!.id,
      reviewer: actors.reviewer!.id,
      admin: actors.admin!.id,
    });
    cases = await planCases(actors as Record<"translator" | "reviewer" | "publisher" | "admin", Actor>);
  }, 120_000);

  it("reads no big table sequentially in any list, search, queue or report", async () => {
    const failures: string[] = [];
    let statements = 0;
    for (const [name, run] of cases) {
      const sent = await log.during(run);
      expect(sent.length, `${name} sent no statement`).toBeGreaterThan(0);
      for (const q of sent) {
        statements++;
        for (const scan of await bigScans(client, q)) failures.push(`${name}: ${scan}\n  ${q.sql}`);
      }
    }
    await client.end();
    expect(statements).toBeGreaterThan(cases.length);
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
});
