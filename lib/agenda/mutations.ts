import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/roles";
import { sessionWhereVisibleTo, may } from "@/lib/auth/permissions";
import { hashToken, newToken } from "@/lib/tokens";
import type { CalendarFeedScope } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/mutations";
import { zonedToUtc } from "@/lib/time";
import type { CreateSessionInput, MoveSessionInput, SessionFields, SessionRef, UpdateSessionInput } from "@/lib/agenda/schema";
import { changeLogEntry, diffSessions, staleMessage, type SessionSnapshot } from "@/lib/agenda/change-log";
import { changesSinceVersion, readSession, snapshotSelect, toSnapshot } from "@/lib/agenda/queries";

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

type Actor = { id: string };

async function forumOf(tx: Tx, forumId: string) {
  const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { id: true, slug: true, timeZone: true, agendaPublishedAt: true } });
  if (!forum) throw new AppError("not_found", "That forum no longer exists.");
  return forum;
}

/** Writes the published agenda's change-log line for a session write, when readers would see a difference. */
export async function writeSessionChange(tx: Tx, forumId: string, sessionId: string | null, before: SessionSnapshot | null, after: SessionSnapshot | null) {
  const forum = await forumOf(tx, forumId);
  if (!forum.agendaPublishedAt) return;
  const entry = changeLogEntry(before, after, forum.timeZone);
  if (!entry) return;
  const current = (after ?? before)!;
  await tx.sessionChange.create({
    data: {
      forumId,
      sessionId,
      kind: entry.kind,
      title: current.title,
      summary: entry.summary,
      // Kept on the row so the change stays scoped to the right readers even after the session is deleted.
      data: { visibility: current.visibility, chathamHouse: current.chathamHouse },
    },
  });
}

/** Rooms and tracks must belong to the session's forum, and presenters must exist; errors land at their fields. */
async function checkReferences(tx: Tx, forumId: string, v: Pick<SessionFields, "roomId" | "trackId"> & { presenters?: SessionFields["presenters"] }) {
  const fieldErrors: Record<string, string[]> = {};
  if (v.roomId && !(await tx.room.findFirst({ where: { id: v.roomId, forumId }, select: { id: true } }))) {
    fieldErrors.roomId = ["Choose one of this forum's rooms."];
  }
  if (v.trackId && !(await tx.track.findFirst({ where: { id: v.trackId, forumId }, select: { id: true } }))) {
    fieldErrors.trackId = ["Choose one of this forum's tracks."];
  }
  if (v.presenters?.length) {
    const ids = v.presenters.map((p) => p.presenterId);
    const found = new Set((await tx.presenter.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((p) => p.id));
    v.presenters.forEach((p, i) => {
      if (!found.has(p.presenterId)) fieldErrors[`presenters.${i}.presenterId`] = ["That presenter no longer exists."];
    });
  }
  if (Object.keys(fieldErrors).length) throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors });
}

function slotData(v: { date: string; start: string; endDate: string; end: string }, zone: string) {
  const startsAt = zonedToUtc(v.date, v.start, zone);
  const endsAt = zonedToUtc(v.endDate, v.end, zone);
  // Wall-clock order was checked by the schema; a daylight-saving change can still fold the end onto the start.
  if (endsAt <= startsAt) {
    throw new AppError("invalid_input", "The end must be after the start.", {
      fieldErrors: { end: ["In the forum's time zone this end is not after the start (the clocks change that night)."] },
    });
  }
  return { startsAt, endsAt };
}

function sessionData(v: SessionFields, zone: string) {
  return {
    title: v.title,
    abstract: v.abstract,
    kind: v.kind,
    ...slotData(v, zone),
    roomId: v.roomId,
    trackId: v.trackId,
    visibility: v.visibility,
    chathamHouse: v.chathamHouse,
    status: v.status,
    expectedAttendance: v.expectedAttendance,
  };
}

async function audit(tx: Tx, actor: Actor, action: string, sessionId: string, forumId: string, zone: string, before: SessionSnapshot | null, after: SessionSnapshot | null, versions: { from?: number; to?: number }) {
  const changes = before && after ? diffSessions(before, after, zone) : [];
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    targetType: "session",
    targetId: sessionId,
    data: {
      forumId,
      fromVersion: versions.from,
      toVersion: versions.to,
      changes,
      ...(before && !after ? { before: { ...before } } : {}),
      ...(!before && after ? { after: { ...after } } : {}),
    },
  });
}

async function staleSession(tx: Tx, sessionId: string, version: number) {
  return new AppError("stale", staleMessage("session", await changesSinceVersion(tx, "session", sessionId, version)));
}

async function loadForWrite(tx: Tx, sessionId: string) {
  const row = await readSession(tx, sessionId);
  if (!row) throw new AppError("not_found", "That session no longer exists. It may have been deleted by another organiser.");
  return row;
}

/** The session and its forum, provided nobody saved it since the editor loaded `version`. */
async function loadAtVersion(tx: Tx, sessionId: string, version: number) {
  const row = await loadForWrite(tx, sessionId);
  if (row.version !== version) throw await staleSession(tx, row.id, version);
  return { row, forum: await forumOf(tx, row.forumId) };
}

/** After a versioned write: audits it, logs what attendees would notice, and returns the version to edit next. */
async function recordEdit(
  tx: Tx,
  actor: Actor,
  action: string,
  forum: Awaited<ReturnType<typeof forumOf>>,
  sessionId: string,
  version: number,
  before: SessionSnapshot,
  after: SessionSnapshot,
) {
  await audit(tx, actor, action, sessionId, forum.id, forum.timeZone, before, after, { from: version, to: version + 1 });
  await writeSessionChange(tx, forum.id, sessionId, before, after);
  return { id: sessionId, forumId: forum.id, slug: forum.slug, version: version + 1 };
}

async function replacePresenters(tx: Tx, sessionId: string, presenters: SessionFields["presenters"]) {
  await tx.sessionPresenter.deleteMany({ where: { sessionId } });
  if (presenters.length) {
    await tx.sessionPresenter.createMany({ data: presenters.map((p, position) => ({ sessionId, presenterId: p.presenterId, role: p.role, position })) });
  }
}

export async function createSession({ actor, input }: { actor: Actor; input: CreateSessionInput }): Promise<{ id: string; forumId: string; slug: string }> {
  return db.$transaction(async (tx) => {
    const forum = await forumOf(tx, input.forumId);
    await checkReferences(tx, forum.id, input.session);
    const created = await tx.forumSession.create({ data: { forumId: forum.id, ...sessionData(input.session, forum.timeZone) }, select: { id: true } });
    await replacePresenters(tx, created.id, input.session.presenters);
    const after = toSnapshot((await readSession(tx, created.id))!);
    await audit(tx, actor, "session.create", created.id, forum.id, forum.timeZone, null, after, { to: 1 });
    await writeSessionChange(tx, forum.id, created.id, null, after);
    return { id: created.id, forumId: forum.id, slug: forum.slug };
  });
}

/**
 * Saves an edited session only if it is still at the version the editor loaded: the conditional update is the
 * lock, so of two organisers saving at once exactly one wins and the other is told what changed.
 */
export async function updateSession({ actor, input }: { actor: Actor; input: UpdateSessionInput }) {
  return db.$transaction(async (tx) => {
    const { row, forum } = await loadAtVersion(tx, input.sessionId, input.version);
    await checkReferences(tx, forum.id, input.session);
    const updated = await tx.forumSession.updateMany({
      where: { id: row.id, version: input.version },
      data: { ...sessionData(input.session, forum.timeZone), version: { increment: 1 } },
    });
    if (updated.count === 0) throw await staleSession(tx, row.id, input.version);
    await replacePresenters(tx, row.id, input.session.presenters);
    const before = toSnapshot(row);
    const after = toSnapshot((await readSession(tx, row.id))!);
    return recordEdit(tx, actor, "session.update", forum, row.id, input.version, before, after);
  });
}

/** Moves or resizes a session (new slot and room), from the grid or the plain form; versioned like an edit. */
export async function moveSession({ actor, input }: { actor: Actor; input: MoveSessionInput }) {
  return db.$transaction(async (tx) => {
    const { row, forum } = await loadAtVersion(tx, input.sessionId, input.version);
    await checkReferences(tx, forum.id, { roomId: input.roomId, trackId: null });
    const updated = await tx.forumSession.updateMany({
      where: { id: row.id, version: input.version },
      data: { ...slotData(input, forum.timeZone), roomId: input.roomId, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await staleSession(tx, row.id, input.version);
    const before = toSnapshot(row);
    const after = toSnapshot((await readSession(tx, row.id))!);
    return recordEdit(tx, actor, "session.move", forum, row.id, input.version, before, after);
  });
}

/** A copy in the same slot, as a draft, with the same presenters: a starting point, never published by accident. */
export async function duplicateSession({ actor, sessionId }: { actor: Actor; sessionId: string }) {
  return db.$transaction(async (tx) => {
    const row = await loadForWrite(tx, sessionId);
    const full = await tx.forumSession.findUniqueOrThrow({ where: { id: sessionId }, select: { ...snapshotSelect, forum: { select: { timeZone: true, slug: true } } } });
    const copy = await tx.forumSession.create({
      data: {
        forumId: row.forumId,
        title: `${row.title.slice(0, 192)} (copy)`,
        abstract: row.abstract,
        kind: row.kind,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        roomId: row.roomId,
        trackId: row.trackId,
        visibility: row.visibility,
        chathamHouse: row.chathamHouse,
        status: "draft",
        expectedAttendance: row.expectedAttendance,
        presenters: { create: row.presenters.map((p, position) => ({ presenterId: p.presenterId, role: p.role, position })) },
      },
      select: { id: true },
    });
    const after = toSnapshot((await readSession(tx, copy.id))!);
    await audit(tx, actor, "session.duplicate", copy.id, row.forumId, full.forum.timeZone, null, { ...after }, { to: 1 });
    return { id: copy.id, forumId: row.forumId, slug: full.forum.slug };
  });
}

/** Cancelling keeps the session on the agenda, struck through, so people who planned to attend find out. */
export async function cancelSession({ actor, input }: { actor: Actor; input: SessionRef }) {
  return setStatus(actor, input, "cancelled", "session.cancel");
}

export async function reinstateSession({ actor, input }: { actor: Actor; input: SessionRef }) {
  return setStatus(actor, input, "published", "session.reinstate");
}

async function setStatus(actor: Actor, input: SessionRef, status: "cancelled" | "published", action: string) {
  return db.$transaction(async (tx) => {
    const { row, forum } = await loadAtVersion(tx, input.sessionId, input.version);
    const updated = await tx.forumSession.updateMany({ where: { id: row.id, version: input.version }, data: { status, version: { increment: 1 } } });
    if (updated.count === 0) throw await staleSession(tx, row.id, input.version);
    const before = toSnapshot(row);
    return recordEdit(tx, actor, action, forum, row.id, input.version, before, { ...before, status });
  });
}

/**
 * Deletes a session for good (bookmarks and registrations' interest in it go with it). The UI steers organisers
 * to cancel published sessions instead; a deletion after publication is still recorded in the change log.
 */
export async function deleteSession({ actor, input }: { actor: Actor; input: SessionRef }) {
  return db.$transaction(async (tx) => {
    const { row, forum } = await loadAtVersion(tx, input.sessionId, input.version);
    const before = toSnapshot(row);
    const deleted = await tx.forumSession.deleteMany({ where: { id: row.id, version: input.version } });
    if (deleted.count === 0) throw await staleSession(tx, row.id, input.version);
    await audit(tx, actor, "session.delete", row.id, forum.id, forum.timeZone, before, null, { from: input.version });
    await writeSessionChange(tx, forum.id, null, before, null);
    return { forumId: forum.id, slug: forum.slug };
  });
}
