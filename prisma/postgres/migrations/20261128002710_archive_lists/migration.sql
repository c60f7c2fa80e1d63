-- DropIndex
DROP INDEX "AuditEvent_articleId_idx";

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "latest" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_articleId_createdAt_idx" ON "AuditEvent"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Publication_latest_publishedAt_idx" ON "Publication"("latest", "publishedAt");

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
