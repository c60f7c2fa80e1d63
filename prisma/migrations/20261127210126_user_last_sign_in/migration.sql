-- AlterTable
ALTER TABLE "user" ADD COLUMN "lastSignInAt" DATETIME;
