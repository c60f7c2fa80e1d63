import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RawWriter } from "@/lib/db-insert";
import type { KeyedTmUnit } from "@/lib/translation/prepare-tmx";

/**
 * Stages TMX units (TmImportRow) of one import batch: a slice's units travel as ONE JSON parameter that
 * the database unpacks (json_each / jsonb_array_elements); binding every value through Prisma costs some
 * µs a value. Returns the slice's index rows as JSON for the merge (index-imported-units.ts):
 * [{"i": staged id, "h": hash, "n": length, "g": [grams], "w": [words]}] — kept in memory, not staged:
 * 12,000 units have 1.2 million grams and 350,000 words (`npm run bench:tmx-import`).
 */
export async function stageTmxUnits(
  db: RawWriter,
  batchId: string,
  units: readonly KeyedTmUnit[],
  now: Date,
): Promise<string> {
  const ids = units.map(() => randomUUID());
  const json = JSON.stringify(
    units.map((u, i) => ({ id: ids[i], h: u.hash, vi: u.vi, n: u.viLength, de: u.de, en: u.en })),
  );
  await db.$executeRaw(isPostgresUrl() ? rowsPg(json, batchId, now) : rowsSqlite(json, batchId, now));
  // the grams are JSON already (computed in the worker): joined as text, not parsed and written again
  const index = units.map((u, i) => `{"i":"${ids[i]}","h":"${u.hash}","n":${u.viLength},"g":${u.gramsJson},"w":`);
  return `[${units.map((u, i) => index[i] + JSON.stringify(u.words) + "}").join(",")}]`;
}

function rowsSqlite(json: string, batchId: string, now: Date): Prisma.Sql {
  return Prisma.sql`INSERT INTO "TmImportRow" ("id", "batchId", "hash", "vi", "viLength", "de", "en", "createdAt")
    SELECT json_extract(u.value, '$.id'), ${batchId}, json_extract(u.value, '$.h'), json_extract(u.value, '$.vi'),
      json_extract(u.value, '$.n'), json_extract(u.value, '$.de'), json_extract(u.value, '$.en'), ${now}
    FROM json_each(${json}) u`;
}

function rowsPg(json: string, batchId: string, now: Date): Prisma.Sql {
  return Prisma.sql`INSERT INTO "TmImportRow" ("id", "batchId", "hash", "vi", "viLength", "de", "en", "createdAt")
    SELECT u->>'id', ${batchId}, u->>'h', u->>'vi', (u->>'n')::int, u->>'de', u->>'en', ${now}
    FROM jsonb_array_elements(${json}::jsonb) u`;
}
