-- AlterTable
ALTER TABLE "user" ADD COLUMN     "lastSignInAt" TIMESTAMP(3);
