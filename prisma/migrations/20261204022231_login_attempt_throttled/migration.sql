-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "throttled" BOOLEAN NOT NULL DEFAULT false;
