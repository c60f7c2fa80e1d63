// One migrated SQLite template per test run; each test file gets its own copy (tests/setup/database.ts),
// so integration tests run against a real database without depending on each other's data.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}

export default function setup(project: TestProject) {
  const dir = path.resolve(`.tmp/vitest/${randomUUID()}`); // runs in parallel never share files
  const template = path.join(dir, "template.db");
  fs.mkdirSync(dir, { recursive: true });
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: ["ignore", "ignore", "inherit"],
  });
  project.provide("databaseTemplate", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
