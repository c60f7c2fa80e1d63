import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The index rows of a merged TMX batch (lib/translation/server/import-memory.ts), in its transaction, two
 * statements a staged slice (its JSON from stage-tmx-units.ts, one parameter each): the grams of the
 * units that are new (they kept their staged id; an updated unit keeps the stored id and its grams, since
 * its source is the same), and the words of every unit, new or updated, by hash (a word already indexed
 * stays as it is). The grams and words were computed in the worker thread.
 */
export async function indexImportedUnits(tx: Prisma.TransactionClient, slices: readonly string[]): Promise<void> {
  for (const json of slices) {
    await tx.$executeRaw(isPostgresUrl() ? gramsPg(json) : gramsSqlite(json));
    await tx.$executeRaw(isPostgresUrl() ? wordsPg(json) : wordsSqlite(json));
  }
}

// Each unit's JSON is taken apart once (MATERIALIZED): read per gram, SQLite parsed it again for each
// (2.5× slower). PostgreSQL parses a jsonb parameter once.
const units = (json: string) => Prisma.sql`WITH u AS MATERIALIZED (SELECT json_extract(value, '$.i') AS "id",
  json_extract(value, '$.h') AS "hash", json_extract(value, '$.n') AS "n", json_extract(value, '$.g') AS "g",
  json_extract(value, '$.w') AS "w" FROM json_each(${json}))`;

function gramsSqlite(json: string): Prisma.Sql {
  return Prisma.sql`INSERT INTO "TmGram" ("gram", "viLength", "entryId") ${units(json)}
    SELECT g.value, u."n", t."id" FROM u JOIN "TmEntry" t ON t."id" = u."id", json_each(u."g") g`;
}

function wordsSqlite(json: string): Prisma.Sql {
  return Prisma.sql`INSERT INTO "ConcordanceWord" ("word", "kind", "refId") ${units(json)}
    SELECT w.value, 'tm', t."id" FROM u JOIN "TmEntry" t ON t."hash" = u."hash", json_each(u."w") w
    WHERE true ON CONFLICT DO NOTHING`;
}

function gramsPg(json: string): Prisma.Sql {
  return Prisma.sql`INSERT INTO "TmGram" ("gram", "viLength", "entryId")
    SELECT g, (u->>'n')::int, t."id" FROM jsonb_array_elements(${json}::jsonb) u
    JOIN "TmEntry" t ON t."id" = u->>'i', jsonb_array_elements_text(u->'g') g`;
}

function wordsPg(json: string): Prisma.Sql {
  return Prisma.sql`INSERT INTO "ConcordanceWord" ("word", "kind", "refId")
    SELECT w, 'tm', t."id" FROM jsonb_array_elements(${json}::jsonb) u
    JOIN "TmEntry" t ON t."hash" = u->>'h', jsonb_array_elements_text(u->'w') w
    ON CONFLICT DO NOTHING`;
}
