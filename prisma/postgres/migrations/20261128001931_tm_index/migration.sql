-- CreateTable
CREATE TABLE "TmGram" (
    "gram" TEXT NOT NULL,
    "viLength" INTEGER NOT NULL,
    "entryId" TEXT NOT NULL,

    CONSTRAINT "TmGram_pkey" PRIMARY KEY ("gram","viLength","entryId")
);

-- CreateTable
CREATE TABLE "ConcordanceWord" (
    "word" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,

    CONSTRAINT "ConcordanceWord_pkey" PRIMARY KEY ("word","kind","refId")
);

-- CreateTable
CREATE TABLE "TmImportWord" (
    "batchId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TmImportWord_pkey" PRIMARY KEY ("batchId","hash","word")
);

-- CreateIndex
CREATE INDEX "TmGram_entryId_idx" ON "TmGram"("entryId");
-- CreateIndex
CREATE INDEX "TmImportWord_createdAt_idx" ON "TmImportWord"("createdAt");

-- AddForeignKey
ALTER TABLE "TmGram" ADD CONSTRAINT "TmGram_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "TmEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Back-fill: the grams of every unit already in the memory, exactly as lib/translation/tm-grams.ts
-- writes them (the source padded with two spaces each side, every 3-character window, the second and
-- later occurrence of a window in the same unit tagged "#n").
INSERT INTO "TmGram" ("gram", "viLength", "entryId")
SELECT CASE WHEN "n" = 1 THEN "tri" ELSE "tri" || '#' || "n" END, "viLength", "entryId"
FROM (
    SELECT e."id" AS "entryId", e."viLength", substr(p."s", i, 3) AS "tri",
        ROW_NUMBER() OVER (PARTITION BY e."id", substr(p."s", i, 3) ORDER BY i) AS "n"
    FROM "TmEntry" e
    CROSS JOIN LATERAL (SELECT '  ' || e."vi" || '  ' AS "s") p
    CROSS JOIN LATERAL generate_series(1, length(p."s") - 2) AS i
) "g";
