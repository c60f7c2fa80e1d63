// PostgreSQL run (vitest.postgres.config.ts): one migrated template database per run; each test file
// gets `CREATE DATABASE … TEMPLATE` (tests/setup/postgres-database.ts); everything is dropped at the end.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("TEST_POSTGRES_URL is not set (scripts/postgres-test-server.sh prints one)");
  const prefix = `duyet_t${randomBytes(4).toString("hex")}`;
  const template = `${prefix}_template`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${template}`;
  for (const cmd of ["deploy", "check"]) {
    // check: the PostgreSQL migrations hold every schema change
    execFileSync(process.execPath, ["scripts/db-migrate.mjs", cmd], {
      env: { ...process.env, DATABASE_URL: url.toString() },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  project.provide("postgresAdminUrl", adminUrl);
  project.provide("postgresTemplate", template);
  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${prefix}%`,
    ]);
    for (const r of rows) await c.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
    await c.end();
  };
}
