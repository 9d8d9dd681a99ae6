import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/roles";
import { sessionWhereVisibleTo, may } from "@/lib/auth/permissions";
import { hashToken, newToken } from "@/lib/tokens";
import type { CalendarFeedScope } from "@/lib/generated/prisma/enums";

const NOT_FOUND = "That session is not on any agenda you can see.";

/**
 * Saves a session to the user's agenda, remembering the version they saw. The session is looked up through the
 * visibility rule inside the same transaction, so nobody can bookmark (and so learn about) a session closed to them.
 */
export async function createBookmark(user: CurrentUser, sessionId: string): Promise<{ sessionId: string; seenVersion: number }> {
  return db.$transaction(async (tx) => {
    const session = await tx.forumSession.findFirst({
      where: { AND: [sessionWhereVisibleTo(user), { id: sessionId }] },
      select: { id: true, version: true },
    });
    if (!session) throw new AppError("not_found", NOT_FOUND);
    // ON CONFLICT DO NOTHING: a double click or two tabs never fail, and re-saving keeps the first seenVersion
    // (re-saving must not hide a change the user has not looked at yet).
    await tx.agendaBookmark.createMany({
      data: [{ userId: user.id, sessionId: session.id, seenVersion: session.version }],
      skipDuplicates: true,
    });
    return tx.agendaBookmark.findUniqueOrThrow({
      where: { userId_sessionId: { userId: user.id, sessionId: session.id } },
      select: { sessionId: true, seenVersion: true },
    });
  });
}

/** Removes a saved session; removing one that is not saved is not an error (a double click, two tabs). */
export async function deleteBookmark(user: CurrentUser, sessionId: string): Promise<{ removed: boolean }> {
  const { count } = await db.agendaBookmark.deleteMany({ where: { userId: user.id, sessionId } });
  return { removed: count > 0 };
}

/**
 * Marks a saved session's changes as read: seenVersion becomes the session's current version. The version is
 * read and written in one statement so a change landing meanwhile is not silently acknowledged.
 */
export async function acknowledgeBookmark(user: CurrentUser, sessionId: string): Promise<{ seenVersion: number }> {
  return db.$transaction(async (tx) => {
    const session = await tx.forumSession.findFirst({
      where: { AND: [sessionWhereVisibleTo(user), { id: sessionId }] },
      select: { id: true },
    });
    if (!session) throw new AppError("not_found", NOT_FOUND);
    const rows = await tx.$queryRaw<{ seenVersion: number }[]>`
      UPDATE "AgendaBookmark" b SET "seenVersion" = s."version", "seenAt" = now()
      FROM "ForumSession" s
      WHERE b."sessionId" = s."id" AND b."userId" = ${user.id} AND b."sessionId" = ${session.id}
      RETURNING b."seenVersion"`;
    if (!rows.length) throw new AppError("not_found", "That session is not in your agenda.");
    return { seenVersion: rows[0].seenVersion };
  });
}

/**
 * Issues a private calendar link. Any earlier live link of the same scope is revoked in the same transaction, so
 * "regenerate" leaves exactly one working URL. The secret is returned once and only its hash is stored.
 */
export async function createCalendarFeed(user: CurrentUser, scope: CalendarFeedScope): Promise<{ id: string; token: string; scope: CalendarFeedScope }> {
  if (scope === "all_visible" && !may(user, "calendar-feeds.all-visible")) {
    throw new AppError("forbidden", "A calendar of every session is offered to delegates and organisers.", {
      fieldErrors: { scope: ["Choose “My saved sessions”."] },
    });
  }
  const token = newToken();
  const feed = await db.$transaction(async (tx) => {
    // Two "regenerate" clicks at once must still leave one live link: lock the owner's row so they queue.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
    await tx.calendarFeed.updateMany({ where: { userId: user.id, scope, revokedAt: null }, data: { revokedAt: new Date() } });
    return tx.calendarFeed.create({ data: { userId: user.id, scope, tokenHash: hashToken(token) }, select: { id: true, scope: true } });
  });
  return { ...feed, token };
}

/** Revokes one of the user's own calendar links; someone else's id is treated as unknown. */
export async function revokeCalendarFeed(user: CurrentUser, feedId: string): Promise<void> {
  const { count } = await db.calendarFeed.updateMany({
    where: { id: feedId, userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (!count) throw new AppError("not_found", "That calendar link does not exist or was already turned off.");
}
