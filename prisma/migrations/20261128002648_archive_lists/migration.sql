-- DropIndex
DROP INDEX "AuditEvent_articleId_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" TEXT NOT NULL,
    "publishedById" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "latest" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Publication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Publication" ("articleId", "id", "lang", "publishedAt", "publishedById", "snapshot", "version") SELECT "articleId", "id", "lang", "publishedAt", "publishedById", "snapshot", "version" FROM "Publication";
DROP TABLE "Publication";
ALTER TABLE "new_Publication" RENAME TO "Publication";
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");
CREATE INDEX "Publication_latest_publishedAt_idx" ON "Publication"("latest", "publishedAt");
CREATE UNIQUE INDEX "Publication_articleId_lang_version_key" ON "Publication"("articleId", "lang", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_createdAt_idx" ON "AuditEvent"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_tokenId_state_idx" ON "WebhookDelivery"("tokenId", "state");

-- Existing publications: the newest version of each article language is the latest.
UPDATE "Publication" SET "latest" = true
WHERE NOT EXISTS (
    SELECT 1 FROM "Publication" AS "newer"
    WHERE "newer"."articleId" = "Publication"."articleId"
      AND "newer"."lang" = "Publication"."lang"
      AND "newer"."version" > "Publication"."version"
);
