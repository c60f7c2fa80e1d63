// Before each test file in the PostgreSQL run: a fresh database copied from the migrated template.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

const adminUrl = inject("postgresAdminUrl");
const template = inject("postgresTemplate");
const name = `${template.replace(/_template$/, "")}_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
await admin.end();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.BETTER_AUTH_SECRET ??= "vitest-secret-not-for-production-0123456789";
