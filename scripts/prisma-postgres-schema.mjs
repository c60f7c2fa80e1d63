// prisma/schema.prisma is the one schema we edit; PostgreSQL needs its own copy because the provider
// is fixed per schema and a client generated for one refuses the other's adapter.
// `node scripts/prisma-postgres-schema.mjs` writes it; `--check` exits 1 when the copy has drifted.
import fs from "node:fs";

const source = fs.readFileSync("prisma/schema.prisma", "utf8");
export const postgresSchema = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output       = "../lib/generated/prisma"', 'output       = "../../lib/generated/prisma-pg"')
  // Lines only PostgreSQL understands (a trigram index) stand in the SQLite schema as "// postgres: …".
  .replace(/^( *)\/\/ postgres: (.*)$/gm, "$1$2")
  .replace(
    /^\/\/ Duyệt data model\..*\n(\/\/.*\n)*/m,
    "// GENERATED from prisma/schema.prisma by scripts/prisma-postgres-schema.mjs — do not edit.\n",
  );

const target = "prisma/postgres/schema.prisma";
if (process.argv.includes("--check")) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (current !== postgresSchema) {
    console.error(`${target} is out of date: run node scripts/prisma-postgres-schema.mjs`);
    process.exit(1);
  }
} else {
  fs.mkdirSync("prisma/postgres", { recursive: true });
  fs.writeFileSync(target, postgresSchema);
}
