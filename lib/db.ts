import "server-only";
import { createPrismaClient, type Db } from "./db-client";

// One Prisma client per server process (kept across hot reloads in development).
const globalForDb = globalThis as unknown as { duyetDb?: Db };

export const db: Db = globalForDb.duyetDb ?? createPrismaClient(process.env.DATABASE_URL);
if (process.env.NODE_ENV !== "production") globalForDb.duyetDb = db;
