import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/roles";
import { sessionWhereVisibleTo, forumWhereVisibleTo, may, visibilitiesFor, visibilityDependsOnRegistration, authorize } from "@/lib/auth/permissions";
import { forumSummarySelect } from "@/lib/forums/queries";
import { getUserForSession } from "@/lib/auth/queries";
import { dateOnly, dayInZone, timeInZone } from "@/lib/time";
import { hashToken, looksLikeToken } from "@/lib/tokens";
import type { AgendaSession } from "@/lib/agenda/types";
import { conflictsForSession, detectConflicts, type AgendaIssue, type ConflictSession } from "@/lib/agenda/conflicts";
import type { SessionSnapshot } from "@/lib/agenda/change-log";

// Every session read below selects exactly these fields and ANDs the viewer's visibility rule into its where,
// so a session the viewer may not see is never loaded, let alone rendered or serialised.
const sessionFields = {
  id: true,
  forumId: true,
  title: true,
  abstract: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  visibility: true,
  chathamHouse: true,
  status: true,
  version: true,
} as const;

const sessionSelect = {
  ...sessionFields,
  updatedAt: true,
  room: { select: { id: true, name: true, position: true } },
  track: { select: { id: true, name: true, colour: true } },
  presenters: {
    select: {
      role: true,
      presenter: { select: { id: true, slug: true, name: true, title: true, organisation: true } },
    },
    orderBy: [{ position: "asc" }, { presenter: { name: "asc" } }],
  },
} satisfies Prisma.ForumSessionSelect;

type SessionRow = Prisma.ForumSessionGetPayload<{ select: typeof sessionSelect }>;

function toAgendaSession(row: SessionRow): AgendaSession {
  const { presenters, ...rest } = row;
  return { ...rest, presenters: presenters.map((p) => ({ ...p.presenter, role: p.role })) };
}

const calendarForumSelect = { id: true, slug: true, name: true, timeZone: true, venue: true, city: true } as const;
export type CalendarForum = { id: string; slug: string; name: string; timeZone: string; venue: string; city: string };
export type CalendarSession = AgendaSession & { forum: CalendarForum };

const orderBy: Prisma.ForumSessionOrderByWithRelationInput[] = [{ startsAt: "asc" }, { room: { position: "asc" } }, { title: "asc" }];

function visibleSessions(viewer: Viewer, ...and: Prisma.ForumSessionWhereInput[]): Prisma.ForumSessionWhereInput {
  return { AND: [sessionWhereVisibleTo(viewer), ...and] };
}

/**
 * The forum whose agenda a viewer asked for, or null when they may not see it. Other people see an agenda only
 * once it is published; organisers see the draft too, flagged as a preview.
 */
export const getAgendaForum = cache(async function getAgendaForum(slug: string, viewer: Viewer) {
  const organiser = may(viewer, "sessions.manage");
  const forum = await db.forum.findFirst({
    where: { slug, ...forumWhereVisibleTo(viewer), ...(organiser ? {} : { agendaPublishedAt: { not: null } }) },
    select: {
      ...forumSummarySelect,
      status: true,
      agendaPublishedAt: true,
      rooms: { select: { id: true, name: true, position: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { select: { id: true, name: true, colour: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!forum) return null;
  return { ...forum, startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn), draftPreview: !forum.agendaPublishedAt };
});

export type AgendaForum = NonNullable<Awaited<ReturnType<typeof getAgendaForum>>>;

/** The sessions of a forum the viewer may see, in agenda order. */
export async function listAgendaSessions({ forumId, viewer }: { forumId: string; viewer: Viewer }): Promise<AgendaSession[]> {
  const rows = await db.forumSession.findMany({ where: visibleSessions(viewer, { forumId }), select: sessionSelect, orderBy });
  return rows.map(toAgendaSession);
}

/**
 * Ids of the sessions whose title, abstract or presenter names contain `q`. The text match is ANDed with the
 * visibility rule in the database, so the words of a session someone may not see never make it match for them.
 */
export async function searchAgendaSessionIds({ forumId, viewer, q }: { forumId: string; viewer: Viewer; q: string }): Promise<Set<string>> {
  const text = q.trim().slice(0, 100);
  if (!text) return new Set();
  const contains = { contains: text, mode: "insensitive" as const };
  const rows = await db.forumSession.findMany({
    where: visibleSessions(viewer, { forumId }, {
      OR: [
        { title: contains },
        { abstract: contains },
        { presenters: { some: { presenter: { OR: [{ name: contains }, { organisation: contains }] } } } },
      ],
    }),
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** One session on its forum's page, or null for unknown and hidden ids alike (both become a 404). */
export function getAgendaSession({ slug, sessionId, viewer }: { slug: string; sessionId: string; viewer: Viewer }) {
  return findAgendaSession(slug, sessionId, viewer);
}

// Cached per request by its arguments: the page and its metadata ask for the same session.
const findAgendaSession = cache(async function findAgendaSession(slug: string, sessionId: string, viewer: Viewer) {
  if (!sessionId || sessionId.length > 64) return null;
  const row = await db.forumSession.findFirst({
    where: visibleSessions(viewer, { id: sessionId, forum: { slug } }),
    select: {
      ...sessionSelect,
      forum: { select: { id: true, slug: true, name: true, timeZone: true, venue: true, city: true, agendaPublishedAt: true } },
    },
  });
  if (!row) return null;
  const { forum, ...session } = row;
  return { forum, session: toAgendaSession(session) };
});

/** One session by id for its calendar file, with what the file needs from its forum. */
export async function getCalendarSession({ sessionId, viewer }: { sessionId: string; viewer: Viewer }) {
  if (!sessionId || sessionId.length > 64) return null;
  const row = await db.forumSession.findFirst({
    where: visibleSessions(viewer, { id: sessionId }),
    select: { ...sessionSelect, forum: { select: calendarForumSelect } },
  });
  if (!row) return null;
  const { forum, ...session } = row;
  return { ...toAgendaSession(session), forum };
}

// Calendars carry only a published agenda, organisers included: a subscriber's phone is no place for drafts.
const publishedForCalendar: Prisma.ForumSessionWhereInput = {
  status: { in: ["published", "cancelled"] },
  forum: { agendaPublishedAt: { not: null }, status: { in: ["published", "archived"] } },
};

/** The public feed of a forum: what an anonymous visitor may see, whoever asks. */
export async function getPublicCalendar(slug: string) {
  const forum = await db.forum.findFirst({
    where: { slug, status: { in: ["published", "archived"] }, agendaPublishedAt: { not: null } },
    select: calendarForumSelect,
  });
  if (!forum) return null;
  const rows = await db.forumSession.findMany({
    where: visibleSessions(null, publishedForCalendar, { forumId: forum.id }),
    select: sessionSelect,
    orderBy,
  });
  return { forum, sessions: rows.map((r) => ({ ...toAgendaSession(r), forum })) };
}

/**
 * A private feed by its secret. Visibility is worked out for the feed's owner as they are now (role and
 * registrations read afresh), so a demoted user stops receiving closed sessions at the next refresh.
 * Returns null for unknown, malformed and revoked tokens alike.
 */
export async function getPrivateCalendar(token: string) {
  if (!looksLikeToken(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, scope: true, revokedAt: true },
  });
  if (!feed || feed.revokedAt) return null;
  const owner = await getUserForSession(feed.userId);
  if (!owner) return null;
  // "Everything I may see" is a delegate's and organiser's option; anyone else's feed falls back to bookmarks.
  const everything = feed.scope === "all_visible" && may(owner, "calendar-feeds.all-visible");
  const rows = await db.forumSession.findMany({
    where: visibleSessions(owner, publishedForCalendar, everything ? {} : { bookmarks: { some: { userId: owner.id } } }),
    select: { ...sessionSelect, forum: { select: calendarForumSelect } },
    orderBy,
  });
  return {
    owner,
    scope: everything ? ("all_visible" as const) : ("bookmarks" as const),
    sessions: rows.map(({ forum, ...s }) => ({ ...toAgendaSession(s), forum })),
  };
}

/** For the sitemap: sessions an anonymous visitor may open. */
export async function listSitemapSessions(): Promise<{ forumSlug: string; sessionId: string; updatedAt: Date }[]> {
  const rows = await db.forumSession.findMany({
    where: visibleSessions(null),
    select: { id: true, updatedAt: true, forum: { select: { slug: true } } },
    orderBy: [{ forumId: "asc" }, { startsAt: "asc" }],
  });
  return rows.map((r) => ({ forumSlug: r.forum.slug, sessionId: r.id, updatedAt: r.updatedAt }));
}

/** Which of these sessions the viewer has saved. */
export async function listBookmarkedSessionIds({ viewer, forumId }: { viewer: Viewer; forumId?: string }): Promise<Set<string>> {
  if (!viewer) return new Set();
  const rows = await db.agendaBookmark.findMany({
    where: { userId: viewer.id, session: visibleSessions(viewer, forumId ? { forumId } : {}) },
    select: { sessionId: true },
  });
  return new Set(rows.map((r) => r.sessionId));
}

export type MyAgendaItem = AgendaSession & {
  forum: CalendarForum;
  seenVersion: number;
  changed: boolean;
  changes: { id: string; kind: string; summary: string; at: Date }[];
};

/**
 * The viewer's saved sessions that they may still see (a bookmark on a session that became closed to them is
 * kept but not shown), each with what changed since they last acknowledged it.
 */
export async function listMyAgenda(viewer: NonNullable<Viewer>): Promise<MyAgendaItem[]> {
  const rows = await db.agendaBookmark.findMany({
    where: { userId: viewer.id, session: visibleSessions(viewer) },
    select: {
      seenVersion: true,
      seenAt: true,
      session: { select: { ...sessionSelect, forum: { select: calendarForumSelect } } },
    },
  });
  const changedIds = rows.filter((r) => r.session.version > r.seenVersion).map((r) => r.session.id);
  const changes = changedIds.length
    ? await db.sessionChange.findMany({
        where: { sessionId: { in: changedIds }, session: visibleSessions(viewer) },
        select: { id: true, sessionId: true, kind: true, summary: true, at: true },
        orderBy: { at: "asc" },
      })
    : [];
  return rows
    .map(({ seenVersion, seenAt, session: { forum, ...s } }) => ({
      ...toAgendaSession(s),
      forum,
      seenVersion,
      changed: s.version > seenVersion,
      changes:
        s.version > seenVersion
          ? changes.filter((c) => c.sessionId === s.id && c.at > seenAt).map(({ id, kind, summary, at }) => ({ id, kind, summary, at }))
          : [],
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.title.localeCompare(b.title));
}

/** The viewer's calendar links that still work (the secret itself is never stored, so it cannot be shown again). */
export async function listCalendarFeeds(userId: string) {
  return db.calendarFeed.findMany({
    where: { userId, revokedAt: null },
    select: { id: true, scope: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

type Client = Tx | typeof db;

const isOrganiser = (viewer: Viewer) => may(viewer, "sessions.manage");

export const snapshotSelect = {
  ...sessionFields,
  roomId: true,
  trackId: true,
  expectedAttendance: true,
  room: { select: { name: true, capacity: true } },
  track: { select: { name: true, colour: true } },
  presenters: {
    select: { presenterId: true, role: true, presenter: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ForumSessionSelect;

type SnapshotRow = Prisma.ForumSessionGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): SessionSnapshot {
  return {
    title: row.title,
    abstract: row.abstract,
    kind: row.kind,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    roomId: row.roomId,
    roomName: row.room?.name ?? null,
    trackId: row.trackId,
    trackName: row.track?.name ?? null,
    visibility: row.visibility,
    chathamHouse: row.chathamHouse,
    status: row.status,
    expectedAttendance: row.expectedAttendance,
    presenters: row.presenters.map((p) => ({ presenterId: p.presenterId, name: p.presenter.name, role: p.role })),
  };
}

export function toConflictSession(row: SnapshotRow): ConflictSession {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    kind: row.kind,
    roomId: row.roomId,
    roomName: row.room?.name ?? null,
    roomCapacity: row.room?.capacity ?? null,
    expectedAttendance: row.expectedAttendance,
    presenterIds: row.presenters.map((p) => p.presenterId),
    status: row.status,
  };
}

/** One session as the data layer's writes see it (inside their transaction). */
export async function readSession(client: Client, sessionId: string) {
  return client.forumSession.findUnique({ where: { id: sessionId }, select: snapshotSelect });
}

/** Everything conflict detection needs about a forum's agenda. */
export async function loadConflictAgenda(client: Client, forumId: string) {
  const forum = await client.forum.findUnique({ where: { id: forumId }, select: { startsOn: true, endsOn: true, timeZone: true } });
  if (!forum) return null;
  const rows = await client.forumSession.findMany({ where: { forumId, status: { not: "cancelled" } }, select: snapshotSelect });
  const presenterNames = new Map<string, string>();
  for (const r of rows) for (const p of r.presenters) presenterNames.set(p.presenterId, p.presenter.name);
  return {
    forum: { startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn), timeZone: forum.timeZone },
    sessions: rows.map(toConflictSession),
    presenterNames,
  };
}

/** Open issues of a forum's agenda; organisers only. */
export async function listAgendaIssues(forumId: string, viewer: Viewer): Promise<AgendaIssue[]> {
  authorize(viewer, "sessions.manage");
  return agendaIssues(db, forumId);
}

/** The data layer's own check (publishing runs it inside its transaction); callers must have checked the role. */
export async function agendaIssues(client: Client, forumId: string): Promise<AgendaIssue[]> {
  const agenda = await loadConflictAgenda(client, forumId);
  return agenda ? detectConflicts(agenda.sessions, agenda.forum, agenda.presenterNames) : [];
}

/** Issues of a candidate session (saved or being edited) against the saved agenda. */
export async function listIssuesForCandidate(forumId: string, candidate: ConflictSession, extraPresenterNames: Map<string, string> = new Map()) {
  const agenda = await loadConflictAgenda(db, forumId);
  if (!agenda) return [];
  const names = new Map([...agenda.presenterNames, ...extraPresenterNames]);
  return conflictsForSession(candidate, agenda.sessions, agenda.forum, names);
}

/** Rooms, presenters and names needed to turn draft form values into a conflict candidate. */
export async function getCandidateContext(forumId: string, roomId: string | null, presenterIds: string[]) {
  const [forum, room, presenters] = await Promise.all([
    db.forum.findUnique({ where: { id: forumId }, select: { timeZone: true } }),
    roomId ? db.room.findFirst({ where: { id: roomId, forumId }, select: { id: true, name: true, capacity: true } }) : null,
    presenterIds.length ? db.presenter.findMany({ where: { id: { in: presenterIds } }, select: { id: true, name: true } }) : [],
  ]);
  return { timeZone: forum?.timeZone ?? null, room, presenterNames: new Map(presenters.map((p) => [p.id, p.name])) };
}

/** A saved session's issues against the rest of its agenda (shown right after a save or a move). */
export async function readSessionIssues(sessionId: string): Promise<AgendaIssue[]> {
  const row = await readSession(db, sessionId);
  if (!row) return [];
  return listIssuesForCandidate(row.forumId, toConflictSession(row));
}

export type EditorSession = {
  id: string;
  title: string;
  kind: SnapshotRow["kind"];
  startsAt: Date;
  endsAt: Date;
  day: string;
  start: string;
  endDay: string;
  end: string;
  roomId: string | null;
  roomName: string | null;
  trackId: string | null;
  trackName: string | null;
  trackColour: string | null;
  visibility: SnapshotRow["visibility"];
  chathamHouse: boolean;
  status: SnapshotRow["status"];
  expectedAttendance: number | null;
  version: number;
  presenterNames: string[];
};

/** The agenda editor's data: the forum, its rooms and tracks, every session (drafts and cancelled too), issues. */
export async function getAgendaForEditor(forumId: string, viewer: Viewer) {
  authorize(viewer, "sessions.manage");
  const forum = await db.forum.findUnique({
    where: { id: forumId },
    select: {
      id: true,
      slug: true,
      name: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      status: true,
      agendaPublishedAt: true,
      rooms: { select: { id: true, name: true, capacity: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { select: { id: true, name: true, colour: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!forum) return null;
  const rows = await db.forumSession.findMany({ where: { forumId }, select: snapshotSelect, orderBy: [{ startsAt: "asc" }, { title: "asc" }] });
  const zone = forum.timeZone;
  const sessions: EditorSession[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    day: dayInZone(r.startsAt, zone),
    start: timeInZone(r.startsAt, zone),
    endDay: dayInZone(r.endsAt, zone),
    end: timeInZone(r.endsAt, zone),
    roomId: r.roomId,
    roomName: r.room?.name ?? null,
    trackId: r.trackId,
    trackName: r.track?.name ?? null,
    trackColour: r.track?.colour ?? null,
    visibility: r.visibility,
    chathamHouse: r.chathamHouse,
    status: r.status,
    expectedAttendance: r.expectedAttendance,
    version: r.version,
    presenterNames: r.presenters.map((p) => p.presenter.name),
  }));
  const presenterNames = new Map<string, string>();
  for (const r of rows) for (const p of r.presenters) presenterNames.set(p.presenterId, p.presenter.name);
  const conflictForum = { startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn), timeZone: zone };
  const issues = detectConflicts(rows.map(toConflictSession), conflictForum, presenterNames);
  return { forum: { ...forum, startsOn: conflictForum.startsOn, endsOn: conflictForum.endsOn }, sessions, issues };
}

export type AgendaForEditor = NonNullable<Awaited<ReturnType<typeof getAgendaForEditor>>>;

/** One session with its form values in forum time, for the edit page. */
export async function getSessionForEditing(sessionId: string, viewer: Viewer) {
  authorize(viewer, "sessions.manage");
  const row = await db.forumSession.findUnique({
    where: { id: sessionId },
    select: { ...snapshotSelect, forum: { select: { id: true, timeZone: true, agendaPublishedAt: true } }, _count: { select: { bookmarks: true, interests: true } } },
  });
  if (!row) return null;
  const zone = row.forum.timeZone;
  return {
    id: row.id,
    forumId: row.forumId,
    version: row.version,
    status: row.status,
    title: row.title,
    bookmarks: row._count.bookmarks,
    interests: row._count.interests,
    values: {
      title: row.title,
      abstract: row.abstract,
      kind: row.kind,
      date: dayInZone(row.startsAt, zone),
      start: timeInZone(row.startsAt, zone),
      endDate: dayInZone(row.endsAt, zone),
      end: timeInZone(row.endsAt, zone),
      roomId: row.roomId ?? "",
      trackId: row.trackId ?? "",
      visibility: row.visibility,
      chathamHouse: row.chathamHouse,
      status: row.status,
      expectedAttendance: row.expectedAttendance?.toString() ?? "",
      presenters: row.presenters.map((p) => ({ presenterId: p.presenterId, role: p.role })),
    },
  };
}

export type SessionFormValues = NonNullable<Awaited<ReturnType<typeof getSessionForEditing>>>["values"];

/** Presenters to attach to sessions, by name. */
export async function listPresenterOptions(viewer: Viewer) {
  authorize(viewer, "sessions.manage");
  return db.presenter.findMany({ select: { id: true, name: true, organisation: true }, orderBy: { name: "asc" } });
}

/**
 * A published agenda's change log, newest first, holding only changes to sessions the viewer may see: organisers
 * and delegates see every change; signed-in attendees with an approved registration also see changes to
 * "registered" sessions; everyone else sees changes to public sessions. The visibility is kept on each change
 * (as it was when the change was made), so a deleted session's change stays correctly scoped.
 */
export async function listSessionChanges(forumId: string, viewer: Viewer, opts: { take?: number } = {}) {
  const forum = await db.forum.findUnique({ where: { id: forumId }, select: { status: true, agendaPublishedAt: true } });
  if (!forum) return [];
  if (!isOrganiser(viewer) && (forum.status === "draft" || !forum.agendaPublishedAt)) return [];
  const approved =
    visibilityDependsOnRegistration(viewer) &&
    (await db.registration.count({ where: { forumId, email: viewer.email.toLowerCase(), status: "approved" } })) > 0;
  const visible = visibilitiesFor(viewer, approved);
  const where: Prisma.SessionChangeWhereInput = { forumId };
  if (visible.length < 3) where.OR = visible.map((v) => ({ data: { path: ["visibility"], equals: v } }));
  return db.sessionChange.findMany({
    where,
    select: { id: true, sessionId: true, kind: true, title: true, summary: true, at: true },
    orderBy: { at: "desc" },
    take: opts.take ?? 200,
  });
}

type AuditedChange = { label: string; from: string; to: string };

/**
 * What others changed in a record since the version an editor loaded, read back from the audit trail (each
 * versioned write records `toVersion` and its field changes). Used to name the changes when a save is refused
 * as stale, so the second editor knows what to review. Shared by sessions and forums.
 */
export async function changesSinceVersion(client: Client, targetType: string, targetId: string, loadedVersion: number) {
  const events = await client.auditEvent.findMany({
    where: { targetType, targetId },
    select: { data: true, at: true, actor: { select: { name: true, email: true } } },
    orderBy: { at: "asc" },
    take: 200,
  });
  const merged = new Map<string, AuditedChange>();
  const actors = new Set<string>();
  for (const e of events) {
    const data = (e.data ?? {}) as { toVersion?: number; changes?: AuditedChange[] };
    if (typeof data.toVersion !== "number" || data.toVersion <= loadedVersion) continue;
    if (e.actor) actors.add(e.actor.name ?? e.actor.email);
    for (const c of data.changes ?? []) {
      const prev = merged.get(c.label);
      merged.set(c.label, { label: c.label, from: prev ? prev.from : c.from, to: c.to });
    }
  }
  return { changes: [...merged.values()].filter((c) => c.from !== c.to), actors: [...actors] };
}
