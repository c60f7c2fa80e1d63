-- CreateTable
CREATE TABLE "TmImportRow" (
    "id" TEXT NOT NULL,
    "batchId" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "vi" TEXT NOT NULL,
    "viLength" INTEGER NOT NULL,
    "de" TEXT,
    "en" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TmImportRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TmImportRow_batchId_idx" ON "TmImportRow"("batchId");

-- CreateIndex
CREATE INDEX "TmImportRow_createdAt_idx" ON "TmImportRow"("createdAt");

-- CreateIndex
CREATE INDEX "Article_state_createdAt_idx" ON "Article"("state", "createdAt");
