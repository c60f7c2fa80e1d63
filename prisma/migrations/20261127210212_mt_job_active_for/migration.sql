-- One active MT job per article, enforced by the database (see MtJob.activeFor in schema.prisma).
-- AlterTable
ALTER TABLE "MtJob" ADD COLUMN "activeFor" TEXT;

-- Jobs already queued or running: the newest per article keeps the slot (older duplicates from before
-- this index still run to their end, they just do not hold it).
UPDATE "MtJob" SET "activeFor" = "articleId"
WHERE "state" IN ('queued', 'running')
  AND "id" = (
    SELECT m2."id" FROM "MtJob" m2
    WHERE m2."articleId" = "MtJob"."articleId" AND m2."state" IN ('queued', 'running')
    ORDER BY m2."createdAt" DESC, m2."id" DESC
    LIMIT 1
  );

-- CreateIndex
CREATE UNIQUE INDEX "MtJob_activeFor_key" ON "MtJob"("activeFor");
