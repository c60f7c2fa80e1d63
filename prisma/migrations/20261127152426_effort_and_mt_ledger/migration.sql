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

    PRIMARY KEY ("day", "lang")
);

-- CreateTable
CREATE TABLE "MtCharge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "lang" TEXT NOT NULL,
    "jobId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'estimated',
    "estimated" INTEGER NOT NULL,
    "characters" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settledAt" DATETIME,
    CONSTRAINT "MtCharge_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "translationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT,
    "editSeconds" INTEGER,
    "authorId" TEXT,
    "wroteText" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "Translation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Revision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Revision" ("action", "authorId", "createdAt", "editSeconds", "id", "origin", "reason", "state", "text", "translationId", "version") SELECT "action", "authorId", "createdAt", "editSeconds", "id", "origin", "reason", "state", "text", "translationId", "version" FROM "Revision";
DROP TABLE "Revision";
ALTER TABLE "new_Revision" RENAME TO "Revision";
CREATE INDEX "Revision_translationId_state_wroteText_version_idx" ON "Revision"("translationId", "state", "wroteText", "version");
CREATE INDEX "Revision_translationId_authorId_wroteText_version_idx" ON "Revision"("translationId", "authorId", "wroteText", "version");
CREATE UNIQUE INDEX "Revision_translationId_version_key" ON "Revision"("translationId", "version");
CREATE TABLE "new_Translation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "segmentId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "state" TEXT NOT NULL DEFAULT 'untranslated',
    "origin" TEXT NOT NULL DEFAULT 'none',
    "machineText" TEXT,
    "machineEngine" TEXT,
    "machineSettings" TEXT,
    "billedCharacters" INTEGER NOT NULL DEFAULT 0,
    "approvedText" TEXT,
    "rejectReason" TEXT,
    "issues" TEXT NOT NULL DEFAULT '[]',
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "textAuthorId" TEXT,
    "effortEdits" INTEGER,
    "effortHter" REAL,
    "effortWords" INTEGER NOT NULL DEFAULT 0,
    "effortBaseWords" INTEGER,
    "editSeconds" INTEGER NOT NULL DEFAULT 0,
    "effortAt" DATETIME,
    "effortDay" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Translation_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Translation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Translation" ("approvedText", "articleId", "billedCharacters", "errorCount", "id", "issues", "lang", "machineEngine", "machineSettings", "machineText", "origin", "rejectReason", "segmentId", "state", "text", "textAuthorId", "updatedAt", "updatedById", "version", "warningCount") SELECT "approvedText", "articleId", "billedCharacters", "errorCount", "id", "issues", "lang", "machineEngine", "machineSettings", "machineText", "origin", "rejectReason", "segmentId", "state", "text", "textAuthorId", "updatedAt", "updatedById", "version", "warningCount" FROM "Translation";
DROP TABLE "Translation";
ALTER TABLE "new_Translation" RENAME TO "Translation";
CREATE INDEX "Translation_articleId_lang_state_idx" ON "Translation"("articleId", "lang", "state");
CREATE INDEX "Translation_articleId_effortAt_idx" ON "Translation"("articleId", "effortAt");
CREATE INDEX "Translation_state_effortAt_idx" ON "Translation"("state", "effortAt");
CREATE UNIQUE INDEX "Translation_segmentId_lang_key" ON "Translation"("segmentId", "lang");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "MtCharge_articleId_lang_state_idx" ON "MtCharge"("articleId", "lang", "state");

-- CreateIndex
CREATE INDEX "MtCharge_lang_state_idx" ON "MtCharge"("lang", "state");

-- ── Backfill (hand-written) ─────────────────────────────────────────────────────────────────────────
-- Four-eyes: a revision's author wrote its text when the text differs from the revision before it;
-- machine and memory fills are nobody's writing.
UPDATE "Revision" SET "wroteText" = CASE WHEN "action" IN ('machine', 'tm') THEN 0 ELSE "text" <> COALESCE((
  SELECT p."text" FROM "Revision" p WHERE p."translationId" = "Revision"."translationId" AND p."version" < "Revision"."version"
  ORDER BY p."version" DESC LIMIT 1), '') END;

-- Effort: editing time is a sum of the revisions. HTER and words need the TER code, so rows with a text keep
-- effortAt NULL here and are measured in batches when the server starts (lib/review/server/fill-effort.ts).
UPDATE "Translation" SET "editSeconds" = (SELECT COALESCE(SUM(r."editSeconds"), 0) FROM "Revision" r WHERE r."translationId" = "Translation"."id")
WHERE EXISTS (SELECT 1 FROM "Revision" r WHERE r."translationId" = "Translation"."id" AND r."editSeconds" IS NOT NULL);
-- A text typed and emptied again: time spent, no words.
UPDATE "Translation" SET "effortAt" = "updatedAt", "effortDay" = substr("updatedAt", 1, 10)
WHERE "state" = 'untranslated' AND "editSeconds" > 0;
INSERT INTO "EffortDay" ("day", "lang", "week", "segments", "words", "seconds", "baseSegments", "baseWords", "edits")
SELECT "effortDay", "lang", date("effortDay", '-6 days', 'weekday 1'), COUNT(*), 0, SUM("editSeconds"), 0, 0, 0
FROM "Translation" WHERE "effortAt" IS NOT NULL GROUP BY "effortDay", "lang";

-- MT costs: what was billed before the ledger existed, one settled row per article language.
INSERT INTO "MtCharge" ("id", "articleId", "lang", "state", "estimated", "characters", "createdAt", "settledAt")
SELECT 'before-ledger-' || "articleId" || '-' || "lang", "articleId", "lang", 'billed', "billedCharacters", "billedCharacters",
  strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "ArticleLanguage" WHERE "billedCharacters" > 0;
