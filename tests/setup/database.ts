// Runs before each test file is imported: points DATABASE_URL at a fresh copy of the migrated template.
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { inject } from "vitest";

const template = inject("databaseTemplate");
const file = path.join(path.dirname(template), `${randomUUID()}.db`);
fs.copyFileSync(template, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.BETTER_AUTH_SECRET ??= "vitest-secret-not-for-production-0123456789";
