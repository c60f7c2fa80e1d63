-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchText" TEXT;
