-- CreateTable
CREATE TABLE "TmGram" (
    "gram" TEXT NOT NULL,
    "viLength" INTEGER NOT NULL,
    "entryId" TEXT NOT NULL,

    PRIMARY KEY ("gram", "viLength", "entryId"),
    CONSTRAINT "TmGram_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "TmEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConcordanceWord" (
    "word" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,

    PRIMARY KEY ("word", "kind", "refId")
);

-- CreateTable
CREATE TABLE "TmImportWord" (
    "batchId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "word" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,

    PRIMARY KEY ("batchId", "hash", "word")
);

-- CreateIndex
CREATE INDEX "TmGram_entryId_idx" ON "TmGram"("entryId");

-- CreateIndex
CREATE INDEX "TmImportWord_createdAt_idx" ON "TmImportWord"("createdAt");

-- Back-fill: the grams of every unit already in the memory, exactly as lib/translation/tm-grams.ts
-- writes them (the source padded with two spaces each side, every 3-character window, the second and
-- later occurrence of a window in the same unit tagged "#n"). SQLite's length/substr count characters.
INSERT INTO "TmGram" ("gram", "viLength", "entryId")
WITH RECURSIVE "w"("entryId", "viLength", "s", "i") AS (
    SELECT "id", "viLength", '  ' || "vi" || '  ', 1 FROM "TmEntry"
    UNION ALL
    SELECT "entryId", "viLength", "s", "i" + 1 FROM "w" WHERE "i" < length("s") - 2
), "g"("entryId", "viLength", "tri", "n") AS (
    SELECT "entryId", "viLength", substr("s", "i", 3),
        ROW_NUMBER() OVER (PARTITION BY "entryId", substr("s", "i", 3) ORDER BY "i") FROM "w"
)
SELECT CASE WHEN "n" = 1 THEN "tri" ELSE "tri" || '#' || "n" END, "viLength", "entryId" FROM "g";
