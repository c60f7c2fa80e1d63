import "server-only";
import { isPostgresUrl } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The grams of the memory units whose id `ids` selects (a subquery), computed by the database itself with
 * the rule of lib/translation/tm-grams.ts (two spaces of padding each side, 3-character windows, repeats
 * tagged "#n") — the statement of the tm_index migration's back-fill. One statement and no parameter per
 * gram: a big TMX import writes its grams inside its merge transaction in a fraction of the time that
 * binding every gram from JavaScript takes (measured 2.3 s against 7 s for 139,000 grams on SQLite).
 */
export async function insertGramsOf(tx: Prisma.TransactionClient, ids: Prisma.Sql): Promise<number> {
  if (isPostgresUrl())
    return tx.$executeRaw`INSERT INTO "TmGram" ("gram", "viLength", "entryId")
      SELECT CASE WHEN "n" = 1 THEN "tri" ELSE "tri" || '#' || "n" END, "viLength", "entryId" FROM (
        SELECT e."id" AS "entryId", e."viLength", substr(p."s", i, 3) AS "tri",
          ROW_NUMBER() OVER (PARTITION BY e."id", substr(p."s", i, 3) ORDER BY i) AS "n"
        FROM "TmEntry" e
        CROSS JOIN LATERAL (SELECT '  ' || e."vi" || '  ' AS "s") p
        CROSS JOIN LATERAL generate_series(1, length(p."s") - 2) AS i
        WHERE e."id" IN (${ids})
      ) "g"`;
  return tx.$executeRaw`INSERT INTO "TmGram" ("gram", "viLength", "entryId")
    WITH RECURSIVE "w"("entryId", "viLength", "s", "i") AS (
      SELECT "id", "viLength", '  ' || "vi" || '  ', 1 FROM "TmEntry" WHERE "id" IN (${ids})
      UNION ALL
      SELECT "entryId", "viLength", "s", "i" + 1 FROM "w" WHERE "i" < length("s") - 2
    ), "g"("entryId", "viLength", "tri", "n") AS (
      SELECT "entryId", "viLength", substr("s", "i", 3),
        ROW_NUMBER() OVER (PARTITION BY "entryId", substr("s", "i", 3) ORDER BY "i") FROM "w"
    )
    SELECT CASE WHEN "n" = 1 THEN "tri" ELSE "tri" || '#' || "n" END, "viLength", "entryId" FROM "g"`;
}
