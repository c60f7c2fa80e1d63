-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dueAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "assignments" (
    "articleId" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "translatorId" TEXT,
    "reviewerId" TEXT,
    "dueAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("articleId","lang")
);

-- CreateIndex
CREATE INDEX "assignments_translatorId_dueAt_idx" ON "assignments"("translatorId", "dueAt");

-- CreateIndex
CREATE INDEX "assignments_reviewerId_dueAt_idx" ON "assignments"("reviewerId", "dueAt");

-- CreateIndex
CREATE INDEX "assignments_lang_translatorId_idx" ON "assignments"("lang", "translatorId");

-- CreateIndex
CREATE INDEX "Article_state_updatedAt_idx" ON "Article"("state", "updatedAt");

-- CreateIndex
CREATE INDEX "Article_state_dueAt_idx" ON "Article"("state", "dueAt");

-- CreateIndex
CREATE INDEX "Revision_authorId_action_createdAt_idx" ON "Revision"("authorId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "Translation_state_updatedAt_idx" ON "Translation"("state", "updatedAt");

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_translatorId_fkey" FOREIGN KEY ("translatorId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Imported human translations are translated, awaiting review (lib/articles/prepare-import.ts
-- IMPORTED_STATE): rows imported as drafts and never touched since (version 1) move there.
UPDATE "Translation" SET "state" = 'translated' WHERE "state" = 'draft' AND "origin" = 'import' AND "version" = 1;
UPDATE "Revision" SET "state" = 'translated' WHERE "state" = 'draft' AND "action" = 'import' AND "version" = 1;
