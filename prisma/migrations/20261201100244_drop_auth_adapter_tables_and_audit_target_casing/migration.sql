-- DropForeignKey
ALTER TABLE "Account" DROP CONSTRAINT "Account_userId_fkey";

-- DropForeignKey
ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "image";

-- DropTable
DROP TABLE "Account";

-- DropTable
DROP TABLE "Session";

-- DropTable
DROP TABLE "VerificationToken";

-- Data fix (by hand): audit target types were written in two casings ("Forum" and "forum", "WriteUp"). From now
-- on they are lower snake case ("write_up"), so the audit filter lists each kind once.
UPDATE "AuditEvent"
SET "targetType" = lower(regexp_replace("targetType", '([a-z0-9])([A-Z])', '\1_\2', 'g'))
WHERE "targetType" <> lower(regexp_replace("targetType", '([a-z0-9])([A-Z])', '\1_\2', 'g'));
