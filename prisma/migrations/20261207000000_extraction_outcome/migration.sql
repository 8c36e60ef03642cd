-- Extraction outcome per article, what each source said of a meeting's place and day, and a
-- lookup key for merging meetings. Generated with `prisma migrate diff`, then edited (before it
-- was ever applied) to fill the new columns of existing rows.

-- CreateEnum
CREATE TYPE "ExtractionStatus" AS ENUM ('OK', 'FAILED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extractedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "extractionError" TEXT,
ADD COLUMN     "extractionStatus" "ExtractionStatus" NOT NULL DEFAULT 'OK',
ADD COLUMN     "extractorVersion" TEXT NOT NULL DEFAULT 'unknown',
ADD COLUMN     "hints" JSONB;

-- Articles ingested before this migration were extracted when they were ingested, by an
-- extractor whose version was not recorded ("unknown": `npm run reextract -- --stale` picks them).
UPDATE "Article" SET "extractedAt" = "ingestedAt";

-- AlterTable (NOT NULL once every existing meeting has its key)
ALTER TABLE "Meeting" ADD COLUMN     "participantKey" TEXT;
UPDATE "Meeting" m SET "participantKey" = COALESCE(
  (SELECT string_agg(p."personId"::text, ',' ORDER BY p."personId") FROM "MeetingParticipant" p WHERE p."meetingId" = m."id"), '');
ALTER TABLE "Meeting" ALTER COLUMN "participantKey" SET NOT NULL;

-- AlterTable
ALTER TABLE "MeetingSource" ADD COLUMN     "date" DATE,
ADD COLUMN     "location" TEXT;

-- Each source is taken to have said what its meeting says (the meeting's place and day are the
-- first ones its sources gave, so this is exact for a meeting's first source).
UPDATE "MeetingSource" s SET "location" = m."location", "date" = m."date" FROM "Meeting" m WHERE m."id" = s."meetingId";

-- CreateIndex
CREATE INDEX "Article_extractionStatus_idx" ON "Article"("extractionStatus");

-- CreateIndex
CREATE INDEX "Article_extractorVersion_idx" ON "Article"("extractorVersion");

-- CreateIndex
CREATE INDEX "Meeting_participantKey_idx" ON "Meeting"("participantKey");
