-- CreateTable
CREATE TABLE "MtJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "errorCode" TEXT,
    "errorParams" TEXT,
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "tmFilled" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "billedCharacters" INTEGER NOT NULL DEFAULT 0,
    "startedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MtJob_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TmEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "vi" TEXT NOT NULL,
    "viLength" INTEGER NOT NULL,
    "de" TEXT,
    "en" TEXT,
    "deTranslationId" TEXT,
    "enTranslationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "vi" TEXT NOT NULL,
    "de" TEXT NOT NULL DEFAULT '',
    "en" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "caseSensitive" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "MtJob_articleId_createdAt_idx" ON "MtJob"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "MtJob_state_idx" ON "MtJob"("state");

-- CreateIndex
CREATE UNIQUE INDEX "TmEntry_hash_key" ON "TmEntry"("hash");

-- CreateIndex
CREATE INDEX "TmEntry_viLength_idx" ON "TmEntry"("viLength");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_vi_key" ON "GlossaryTerm"("vi");
