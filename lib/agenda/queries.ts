import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/roles";
import { sessionWhereVisibleTo } from "@/lib/agenda/visibility";
import { forumWhereVisibleTo } from "@/lib/forums/visibility";
import { forumSummarySelect } from "@/lib/forums/queries";
import { getUserById } from "@/lib/auth/queries";
import { dateOnly } from "@/lib/time";
import { hashToken, looksLikeToken } from "@/lib/tokens";
import type { AgendaSession } from "@/lib/agenda/types";

// Every session read below selects exactly these fields and ANDs the viewer's visibility rule into its where,
// so a session the viewer may not see is never loaded, let alone rendered or serialised.
const sessionSelect = {
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
export async function getAgendaForum(slug: string, viewer: Viewer) {
  const organiser = viewer?.role === "organiser";
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
}

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
export async function getAgendaSession({ slug, sessionId, viewer }: { slug: string; sessionId: string; viewer: Viewer }) {
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
}

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
  const owner = await getUserById(feed.userId);
  if (!owner) return null;
  // "Everything I may see" is a delegate's and organiser's option; anyone else's feed falls back to bookmarks.
  const everything = feed.scope === "all_visible" && (owner.role === "delegate" || owner.role === "organiser");
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
