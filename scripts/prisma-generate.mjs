// `prisma generate` for both schemas, offline. Prisma's CLI insists on a schema-engine binary path even
// for generate (it only checks that the file exists); the real engine cannot be downloaded here, and
// migrations run through the WebAssembly engine instead (scripts/db-migrate.mjs).
import { execFileSync } from "node:child_process";
import path from "node:path";

const stub = path.resolve("scripts/no-schema-engine.sh");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: stub,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
execFileSync(process.execPath, ["scripts/prisma-postgres-schema.mjs"], { stdio: "inherit" });
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env,
  });
}
console.log("prisma clients generated (sqlite, postgresql)");
