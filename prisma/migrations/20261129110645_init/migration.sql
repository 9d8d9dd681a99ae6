-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('organiser', 'delegate', 'attendee');

-- CreateEnum
CREATE TYPE "MemberStateKind" AS ENUM ('state', 'territory', 'organisation');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('member', 'observer');

-- CreateEnum
CREATE TYPE "ForumStatus" AS ENUM ('draft', 'published', 'archived');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('plenary', 'panel', 'workshop', 'side_event', 'break');

-- CreateEnum
CREATE TYPE "SessionVisibility" AS ENUM ('public', 'registered', 'delegates');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('draft', 'published', 'cancelled');

-- CreateEnum
CREATE TYPE "PresenterRole" AS ENUM ('speaker', 'moderator', 'co_chair');

-- CreateEnum
CREATE TYPE "SessionChangeKind" AS ENUM ('added', 'updated', 'moved', 'cancelled', 'removed');

-- CreateEnum
CREATE TYPE "CalendarFeedScope" AS ENUM ('bookmarks', 'all_visible');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('pending', 'approved', 'waitlisted', 'declined', 'cancelled');

-- CreateEnum
CREATE TYPE "WriteUpTag" AS ENUM ('event', 'training', 'news');

-- CreateEnum
CREATE TYPE "WriteUpStatus" AS ENUM ('draft', 'in_review', 'published', 'unpublished');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'attendee',
    "memberStateId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "memberStateId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberState" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isoCode" TEXT,
    "kind" "MemberStateKind" NOT NULL DEFAULT 'state',
    "status" "MembershipStatus" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MemberState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "venue" TEXT NOT NULL DEFAULT '',
    "city" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "ForumStatus" NOT NULL DEFAULT 'draft',
    "capacity" INTEGER,
    "organisationCap" INTEGER,
    "registrationOpensAt" TIMESTAMPTZ(3),
    "registrationClosesAt" TIMESTAMPTZ(3),
    "agendaPublishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Track" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "colour" TEXT NOT NULL DEFAULT '#1d4ed8',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Track_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumSession" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "abstract" TEXT NOT NULL DEFAULT '',
    "kind" "SessionKind" NOT NULL DEFAULT 'panel',
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "roomId" TEXT,
    "trackId" TEXT,
    "visibility" "SessionVisibility" NOT NULL DEFAULT 'public',
    "chathamHouse" BOOLEAN NOT NULL DEFAULT false,
    "status" "SessionStatus" NOT NULL DEFAULT 'draft',
    "expectedAttendance" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ForumSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Presenter" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "bio" TEXT NOT NULL DEFAULT '',
    "photoId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Presenter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionPresenter" (
    "sessionId" TEXT NOT NULL,
    "presenterId" TEXT NOT NULL,
    "role" "PresenterRole" NOT NULL DEFAULT 'speaker',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SessionPresenter_pkey" PRIMARY KEY ("sessionId","presenterId")
);

-- CreateTable
CREATE TABLE "SessionChange" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "sessionId" TEXT,
    "kind" "SessionChangeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaBookmark" (
    "userId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "seenVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgendaBookmark_pkey" PRIMARY KEY ("userId","sessionId")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "scope" "CalendarFeedScope" NOT NULL DEFAULT 'bookmarks',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "sector" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "organisationId" TEXT,
    "email" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "sector" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "dietaryNeeds" TEXT,
    "accessibilityNeeds" TEXT,
    "note" TEXT,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'pending',
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "emailConfirmedAt" TIMESTAMPTZ(3),
    "confirmTokenHash" TEXT,
    "confirmExpiresAt" TIMESTAMPTZ(3),
    "manageTokenHash" TEXT NOT NULL,
    "manageExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "checkInCode" TEXT NOT NULL,
    "checkedInAt" TIMESTAMPTZ(3),
    "checkedInById" TEXT,
    "waitlistedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "needsPurgedAt" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),
    "deletionRequestedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationInterest" (
    "registrationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,

    CONSTRAINT "RegistrationInterest_pkey" PRIMARY KEY ("registrationId","sessionId")
);

-- CreateTable
CREATE TABLE "WriteUp" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "tag" "WriteUpTag" NOT NULL DEFAULT 'event',
    "date" DATE NOT NULL,
    "status" "WriteUpStatus" NOT NULL DEFAULT 'draft',
    "forumId" TEXT,
    "coverId" TEXT,
    "coverAlt" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "closedConfirmedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WriteUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WriteUpSession" (
    "writeUpId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,

    CONSTRAINT "WriteUpSession_pkey" PRIMARY KEY ("writeUpId","sessionId")
);

-- CreateTable
CREATE TABLE "WriteUpPresenter" (
    "writeUpId" TEXT NOT NULL,
    "presenterId" TEXT NOT NULL,

    CONSTRAINT "WriteUpPresenter_pkey" PRIMARY KEY ("writeUpId","presenterId")
);

-- CreateTable
CREATE TABLE "WriteUpQuote" (
    "id" TEXT NOT NULL,
    "writeUpId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "presenterId" TEXT,
    "attribution" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WriteUpQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WriteUpImage" (
    "id" TEXT NOT NULL,
    "writeUpId" TEXT NOT NULL,
    "mediaId" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "caption" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WriteUpImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WriteUpRevision" (
    "id" TEXT NOT NULL,
    "writeUpId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "authorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WriteUpRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_name_key" ON "MemberState"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_isoCode_key" ON "MemberState"("isoCode");

-- CreateIndex
CREATE UNIQUE INDEX "Forum_slug_key" ON "Forum"("slug");

-- CreateIndex
CREATE INDEX "Forum_status_startsOn_idx" ON "Forum"("status", "startsOn");

-- CreateIndex
CREATE UNIQUE INDEX "Room_forumId_name_key" ON "Room"("forumId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Track_forumId_name_key" ON "Track"("forumId", "name");

-- CreateIndex
CREATE INDEX "ForumSession_forumId_startsAt_idx" ON "ForumSession"("forumId", "startsAt");

-- CreateIndex
CREATE INDEX "ForumSession_roomId_startsAt_idx" ON "ForumSession"("roomId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Presenter_slug_key" ON "Presenter"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Presenter_photoId_key" ON "Presenter"("photoId");

-- CreateIndex
CREATE INDEX "Presenter_name_idx" ON "Presenter"("name");

-- CreateIndex
CREATE INDEX "SessionPresenter_presenterId_idx" ON "SessionPresenter"("presenterId");

-- CreateIndex
CREATE INDEX "SessionChange_forumId_at_idx" ON "SessionChange"("forumId", "at");

-- CreateIndex
CREATE INDEX "AgendaBookmark_sessionId_idx" ON "AgendaBookmark"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nameKey_key" ON "Organisation"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_confirmTokenHash_key" ON "Registration"("confirmTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_manageTokenHash_key" ON "Registration"("manageTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_checkInCode_key" ON "Registration"("checkInCode");

-- CreateIndex
CREATE INDEX "Registration_forumId_status_createdAt_idx" ON "Registration"("forumId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_forumId_status_waitlistedAt_idx" ON "Registration"("forumId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "Registration_organisationId_forumId_status_idx" ON "Registration"("organisationId", "forumId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_forumId_email_key" ON "Registration"("forumId", "email");

-- CreateIndex
CREATE INDEX "RegistrationInterest_sessionId_idx" ON "RegistrationInterest"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "WriteUp_slug_key" ON "WriteUp"("slug");

-- CreateIndex
CREATE INDEX "WriteUp_status_publishedAt_idx" ON "WriteUp"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "WriteUp_forumId_idx" ON "WriteUp"("forumId");

-- CreateIndex
CREATE INDEX "WriteUpSession_sessionId_idx" ON "WriteUpSession"("sessionId");

-- CreateIndex
CREATE INDEX "WriteUpPresenter_presenterId_idx" ON "WriteUpPresenter"("presenterId");

-- CreateIndex
CREATE UNIQUE INDEX "WriteUpRevision_writeUpId_number_key" ON "WriteUpRevision"("writeUpId", "number");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_memberStateId_fkey" FOREIGN KEY ("memberStateId") REFERENCES "MemberState"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Track" ADD CONSTRAINT "Track_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "Track"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presenter" ADD CONSTRAINT "Presenter_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPresenter" ADD CONSTRAINT "SessionPresenter_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPresenter" ADD CONSTRAINT "SessionPresenter_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "Presenter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChange" ADD CONSTRAINT "SessionChange_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChange" ADD CONSTRAINT "SessionChange_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaBookmark" ADD CONSTRAINT "AgendaBookmark_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaBookmark" ADD CONSTRAINT "AgendaBookmark_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationInterest" ADD CONSTRAINT "RegistrationInterest_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationInterest" ADD CONSTRAINT "RegistrationInterest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUp" ADD CONSTRAINT "WriteUp_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUp" ADD CONSTRAINT "WriteUp_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUp" ADD CONSTRAINT "WriteUp_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUp" ADD CONSTRAINT "WriteUp_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpSession" ADD CONSTRAINT "WriteUpSession_writeUpId_fkey" FOREIGN KEY ("writeUpId") REFERENCES "WriteUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpSession" ADD CONSTRAINT "WriteUpSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "ForumSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpPresenter" ADD CONSTRAINT "WriteUpPresenter_writeUpId_fkey" FOREIGN KEY ("writeUpId") REFERENCES "WriteUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpPresenter" ADD CONSTRAINT "WriteUpPresenter_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "Presenter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpQuote" ADD CONSTRAINT "WriteUpQuote_writeUpId_fkey" FOREIGN KEY ("writeUpId") REFERENCES "WriteUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpQuote" ADD CONSTRAINT "WriteUpQuote_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "Presenter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpImage" ADD CONSTRAINT "WriteUpImage_writeUpId_fkey" FOREIGN KEY ("writeUpId") REFERENCES "WriteUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpImage" ADD CONSTRAINT "WriteUpImage_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpRevision" ADD CONSTRAINT "WriteUpRevision_writeUpId_fkey" FOREIGN KEY ("writeUpId") REFERENCES "WriteUp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteUpRevision" ADD CONSTRAINT "WriteUpRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules the database enforces itself, so that no code path can store a bad row.
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_dates_check" CHECK ("endsOn" >= "startsOn");
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_organisationCap_check" CHECK ("organisationCap" IS NULL OR "organisationCap" >= 1);
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_registration_window_check" CHECK ("registrationOpensAt" IS NULL OR "registrationClosesAt" IS NULL OR "registrationClosesAt" > "registrationOpensAt");
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Room" ADD CONSTRAINT "Room_capacity_check" CHECK ("capacity" IS NULL OR "capacity" >= 0);
ALTER TABLE "Track" ADD CONSTRAINT "Track_colour_check" CHECK ("colour" ~ '^#[0-9a-fA-F]{6}$');
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_times_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "ForumSession" ADD CONSTRAINT "ForumSession_expectedAttendance_check" CHECK ("expectedAttendance" IS NULL OR "expectedAttendance" >= 0);
ALTER TABLE "Presenter" ADD CONSTRAINT "Presenter_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "WriteUp" ADD CONSTRAINT "WriteUp_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "WriteUpImage" ADD CONSTRAINT "WriteUpImage_alt_check" CHECK (length(btrim("alt")) > 0);
ALTER TABLE "Media" ADD CONSTRAINT "Media_size_check" CHECK ("size" > 0);
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_email_check" CHECK ("email" = lower("email"));
ALTER TABLE "User" ADD CONSTRAINT "User_email_check" CHECK ("email" = lower("email"));
-- A delegate belongs to a member state (nobody else needs one).
ALTER TABLE "User" ADD CONSTRAINT "User_delegate_state_check" CHECK ("role" <> 'delegate' OR "memberStateId" IS NOT NULL);
-- A waitlisted registration always has its place in the queue.
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_waitlist_check" CHECK ("status" <> 'waitlisted' OR "waitlistedAt" IS NOT NULL);
