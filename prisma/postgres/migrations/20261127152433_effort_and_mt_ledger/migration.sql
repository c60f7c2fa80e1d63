-- AlterTable
ALTER TABLE "Revision" ADD COLUMN     "wroteText" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Translation" ADD COLUMN     "editSeconds" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "effortAt" TIMESTAMP(3),
ADD COLUMN     "effortBaseWords" INTEGER,
ADD COLUMN     "effortDay" TEXT,
ADD COLUMN     "effortEdits" INTEGER,
ADD COLUMN     "effortHter" DOUBLE PRECISION,
ADD COLUMN     "effortWords" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EffortDay" (
    "day" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "segments" INTEGER NOT NULL,
    "words" INTEGER NOT NULL,
    "seconds" INTEGER NOT NULL,
    "baseSegments" INTEGER NOT NULL,
    "baseWords" INTEGER NOT NULL,
    "edits" INTEGER NOT NULL,

    CONSTRAINT "EffortDay_pkey" PRIMARY KEY ("day","lang")
);

-- CreateTable
CREATE TABLE "MtCharge" (
    "id" TEXT NOT NULL,
    "articleId" TEXT,
    "lang" TEXT NOT NULL,
    "jobId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'estimated',
    "estimated" INTEGER NOT NULL,
    "characters" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" TIMESTAMP(3),

    CONSTRAINT "MtCharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MtCharge_articleId_lang_state_idx" ON "MtCharge"("articleId", "lang", "state");

-- CreateIndex
CREATE INDEX "MtCharge_lang_state_idx" ON "MtCharge"("lang", "state");

-- CreateIndex
CREATE INDEX "Revision_translationId_state_wroteText_version_idx" ON "Revision"("translationId", "state", "wroteText", "version");

-- CreateIndex
CREATE INDEX "Revision_translationId_authorId_wroteText_version_idx" ON "Revision"("translationId", "authorId", "wroteText", "version");

-- CreateIndex
CREATE INDEX "Translation_articleId_effortAt_idx" ON "Translation"("articleId", "effortAt");

-- CreateIndex
CREATE INDEX "Translation_state_effortAt_idx" ON "Translation"("state", "effortAt");

-- AddForeignKey
ALTER TABLE "MtCharge" ADD CONSTRAINT "MtCharge_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ── Backfill (hand-written) ─────────────────────────────────────────────────────────────────────────
-- Four-eyes: a revision's author wrote its text when the text differs from the revision before it;
-- machine and memory fills are nobody's writing.
UPDATE "Revision" SET "wroteText" = CASE WHEN "action" IN ('machine', 'tm') THEN false ELSE "text" <> COALESCE((
  SELECT p."text" FROM "Revision" p WHERE p."translationId" = "Revision"."translationId" AND p."version" < "Revision"."version"
  ORDER BY p."version" DESC LIMIT 1), '') END;

-- Effort: editing time is a sum of the revisions. HTER and words need the TER code, so rows with a text keep
-- effortAt NULL here and are measured in batches when the server starts (lib/review/server/fill-effort.ts).
UPDATE "Translation" SET "editSeconds" = (SELECT COALESCE(SUM(r."editSeconds"), 0) FROM "Revision" r WHERE r."translationId" = "Translation"."id")
WHERE EXISTS (SELECT 1 FROM "Revision" r WHERE r."translationId" = "Translation"."id" AND r."editSeconds" IS NOT NULL);
-- A text typed and emptied again: time spent, no words.
UPDATE "Translation" SET "effortAt" = "updatedAt", "effortDay" = to_char("updatedAt", 'YYYY-MM-DD')
WHERE "state" = 'untranslated' AND "editSeconds" > 0;
INSERT INTO "EffortDay" ("day", "lang", "week", "segments", "words", "seconds", "baseSegments", "baseWords", "edits")
SELECT "effortDay", "lang", to_char(date_trunc('week', "effortDay"::date), 'YYYY-MM-DD'), COUNT(*), 0, SUM("editSeconds"), 0, 0, 0
FROM "Translation" WHERE "effortAt" IS NOT NULL GROUP BY "effortDay", "lang";

-- MT costs: what was billed before the ledger existed, one settled row per article language.
INSERT INTO "MtCharge" ("id", "articleId", "lang", "state", "estimated", "characters", "createdAt", "settledAt")
SELECT 'before-ledger-' || "articleId" || '-' || "lang", "articleId", "lang", 'billed', "billedCharacters", "billedCharacters",
  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "ArticleLanguage" WHERE "billedCharacters" > 0;
