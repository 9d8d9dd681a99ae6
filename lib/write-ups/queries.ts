import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WriteUpStatus, WriteUpTag } from "@/lib/generated/prisma/enums";
import { sessionWhereVisibleTo, authorize, writeUpWhereVisibleTo } from "@/lib/auth/permissions";
import { dateOnly } from "@/lib/time";
import { isProtectedSession } from "@/lib/write-ups/chatham";
import type { RevisionData, RevisionSnapshot } from "@/lib/write-ups/compare";

export const NEWS_PAGE_SIZE = 10;

// Readers only ever see published write-ups; drafts, reviews and unpublished ones are not found at all.
const PUBLISHED = writeUpWhereVisibleTo(null);

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  tag: true,
  date: true,
  publishedAt: true,
  coverId: true,
  coverAlt: true,
  forum: { select: { slug: true, name: true } },
} as const;

function toCard<T extends { date: Date }>(w: T) {
  return { ...w, date: dateOnly(w.date) };
}

export type NewsCard = ReturnType<typeof toCard<Prisma.WriteUpGetPayload<{ select: typeof cardSelect }>>>;

// ---------- public ----------

export type NewsFilter = { page?: number; tag?: WriteUpTag | null; forumSlug?: string | null };

/** One page of published news, newest first, optionally by tag and by forum. */
export async function listPublishedWriteUps(filter: NewsFilter = {}) {
  const where: Prisma.WriteUpWhereInput = {
    ...PUBLISHED,
    ...(filter.tag ? { tag: filter.tag } : {}),
    ...(filter.forumSlug ? { forum: { slug: filter.forumSlug } } : {}),
  };
  const total = await db.writeUp.count({ where });
  const pages = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(filter.page ?? 1)), pages);
  const rows = await db.writeUp.findMany({
    where,
    select: cardSelect,
    orderBy: [{ date: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * NEWS_PAGE_SIZE,
    take: NEWS_PAGE_SIZE,
  });
  return { items: rows.map(toCard), total, page, pages };
}

/** Forums that have published news, for the news filter. */
export async function listNewsForums() {
  return db.forum.findMany({
    where: { writeUps: { some: PUBLISHED }, status: { in: ["published", "archived"] } },
    select: { slug: true, name: true },
    orderBy: { startsOn: "desc" },
  });
}

/**
 * An article by slug for a reader. Published articles are found for everyone; organisers also find drafts and
 * unpublished ones (to preview them). Linked sessions are only those the viewer may see, and a quote is shown
 * unattributed if its presenter spoke in a linked Chatham House or closed session, whatever was stored.
 */
export const getWriteUpForReader = cache(async function getWriteUpForReader(slug: string, viewer: Viewer) {
  const w = await db.writeUp.findFirst({
    where: { slug, ...writeUpWhereVisibleTo(viewer) },
    select: {
      ...cardSelect,
      body: true,
      status: true,
      updatedAt: true,
      forumId: true,
      sessions: { select: { session: { select: { id: true, chathamHouse: true, visibility: true, presenters: { select: { presenterId: true } } } } } },
      presenters: {
        select: { presenter: { select: { id: true, slug: true, name: true, title: true, organisation: true } } },
        orderBy: { presenter: { name: "asc" } },
      },
      quotes: {
        select: { id: true, text: true, attribution: true, presenter: { select: { id: true, slug: true, name: true, title: true, organisation: true } } },
        orderBy: { position: "asc" },
      },
      images: { select: { id: true, mediaId: true, alt: true, caption: true }, orderBy: { position: "asc" } },
    },
  });
  if (!w) return null;
  const linkedIds = w.sessions.map((s) => s.session.id);
  const visibleSessions = linkedIds.length
    ? await db.forumSession.findMany({
        where: { AND: [{ id: { in: linkedIds } }, sessionWhereVisibleTo(viewer)] },
        select: { id: true, title: true, startsAt: true, forum: { select: { slug: true, name: true, timeZone: true } } },
        orderBy: { startsAt: "asc" },
      })
    : [];
  const guarded = new Set(w.sessions.filter((s) => isProtectedSession(s.session)).flatMap((s) => s.session.presenters.map((p) => p.presenterId)));
  return {
    ...toCard(w),
    body: w.body,
    status: w.status,
    updatedAt: w.updatedAt,
    forumId: w.forumId,
    sessions: visibleSessions,
    presenters: w.presenters.map((p) => p.presenter),
    quotes: w.quotes.map((q) => ({
      id: q.id,
      text: q.text,
      attribution: q.presenter && guarded.has(q.presenter.id) ? "" : q.attribution,
      presenter: q.presenter && !guarded.has(q.presenter.id) ? q.presenter : null,
    })),
    images: w.images,
  };
});

export type ReaderWriteUp = NonNullable<Awaited<ReturnType<typeof getWriteUpForReader>>>;

/** The latest published articles other than one, for "More news". */
export async function listMoreNews(excludeId: string, take = 3) {
  const rows = await db.writeUp.findMany({
    where: { ...PUBLISHED, id: { not: excludeId } },
    select: cardSelect,
    orderBy: [{ date: "desc" }, { publishedAt: "desc" }],
    take,
  });
  return rows.map(toCard);
}

/** Published articles linked to a presenter, a session or a forum (any of those given), newest first. */
export async function listRelatedWriteUps(link: { presenterId?: string; sessionId?: string; forumId?: string }, take = 5) {
  const or: Prisma.WriteUpWhereInput[] = [];
  if (link.presenterId) or.push({ presenters: { some: { presenterId: link.presenterId } } }, { quotes: { some: { presenterId: link.presenterId } } });
  if (link.sessionId) or.push({ sessions: { some: { sessionId: link.sessionId } } });
  if (link.forumId) or.push({ forumId: link.forumId });
  if (!or.length) return [];
  const rows = await db.writeUp.findMany({
    where: { ...PUBLISHED, OR: or },
    select: { id: true, slug: true, title: true, date: true, tag: true },
    orderBy: [{ date: "desc" }, { publishedAt: "desc" }],
    take,
  });
  return rows.map(toCard);
}

/** The newest published articles for the RSS feed, with their bodies. */
export async function listFeedWriteUps(take = 20) {
  const rows = await db.writeUp.findMany({
    where: PUBLISHED,
    select: { ...cardSelect, body: true, updatedAt: true },
    orderBy: [{ publishedAt: "desc" }],
    take,
  });
  return rows.map(toCard);
}

/** For app/sitemap.ts: every published article's slug and when it last changed. */
export async function listSitemapWriteUps(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.writeUp.findMany({ where: PUBLISHED, select: { slug: true, updatedAt: true }, orderBy: { publishedAt: "desc" } });
}

// ---------- console (organisers only) ----------

export async function listWriteUpsForConsole(viewer: Viewer, filter: { status?: WriteUpStatus | null } = {}) {
  authorize(viewer, "write-ups.manage");
  const rows = await db.writeUp.findMany({
    where: filter.status ? { status: filter.status } : {},
    select: {
      id: true,
      slug: true,
      title: true,
      tag: true,
      date: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      forum: { select: { name: true } },
      author: { select: { name: true, email: true } },
      reviewedBy: { select: { name: true, email: true } },
      _count: { select: { revisions: true } },
    },
    orderBy: [{ updatedAt: "desc" }],
  });
  return rows.map(toCard);
}

export async function countWriteUpsByStatus(viewer: Viewer): Promise<Record<WriteUpStatus, number>> {
  authorize(viewer, "write-ups.manage");
  const groups = await db.writeUp.groupBy({ by: ["status"], _count: { _all: true } });
  const out: Record<WriteUpStatus, number> = { draft: 0, in_review: 0, published: 0, unpublished: 0 };
  for (const g of groups) out[g.status] = g._count._all;
  return out;
}

export async function getWriteUpForEditor(viewer: Viewer, id: string) {
  authorize(viewer, "write-ups.manage");
  const w = await db.writeUp.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      body: true,
      tag: true,
      date: true,
      status: true,
      version: true,
      forumId: true,
      coverId: true,
      coverAlt: true,
      closedConfirmedAt: true,
      reviewedAt: true,
      publishedAt: true,
      updatedAt: true,
      createdAt: true,
      author: { select: { name: true, email: true } },
      reviewedBy: { select: { name: true, email: true } },
      sessions: { select: { sessionId: true } },
      presenters: { select: { presenterId: true } },
      quotes: { select: { text: true, presenterId: true, attribution: true }, orderBy: { position: "asc" } },
      images: { select: { id: true, mediaId: true, alt: true, caption: true }, orderBy: { position: "asc" } },
      _count: { select: { revisions: true } },
    },
  });
  if (!w) return null;
  return {
    ...w,
    date: dateOnly(w.date),
    sessionIds: w.sessions.map((s) => s.sessionId),
    presenterIds: w.presenters.map((p) => p.presenterId),
  };
}

export type EditorWriteUp = NonNullable<Awaited<ReturnType<typeof getWriteUpForEditor>>>;

/** Forums, sessions (with presenters, for the Chatham House guard) and presenters the editor can link. */
export async function listEditorOptions(viewer: Viewer) {
  authorize(viewer, "write-ups.manage");
  const [forums, presenters] = await Promise.all([
    db.forum.findMany({
      select: {
        id: true,
        name: true,
        timeZone: true,
        sessions: {
          where: { kind: { not: "break" } },
          select: {
            id: true,
            title: true,
            startsAt: true,
            chathamHouse: true,
            visibility: true,
            presenters: { select: { presenter: { select: { id: true, name: true } } }, orderBy: { position: "asc" } },
          },
          orderBy: { startsAt: "asc" },
        },
      },
      orderBy: { startsOn: "desc" },
    }),
    db.presenter.findMany({ select: { id: true, name: true, title: true, organisation: true }, orderBy: { name: "asc" } }),
  ]);
  return {
    forums: forums.map((f) => ({
      id: f.id,
      name: f.name,
      timeZone: f.timeZone,
      sessions: f.sessions.map((s) => ({
        id: s.id,
        title: s.title,
        startsAt: s.startsAt.toISOString(),
        chathamHouse: s.chathamHouse,
        visibility: s.visibility,
        presenters: s.presenters.map((p) => p.presenter),
      })),
    })),
    presenters,
  };
}

export type EditorOptions = Awaited<ReturnType<typeof listEditorOptions>>;

/** Revisions of a write-up, newest first, without their bodies. */
export async function listRevisions(viewer: Viewer, writeUpId: string) {
  authorize(viewer, "write-ups.manage");
  return db.writeUpRevision.findMany({
    where: { writeUpId },
    select: { number: true, title: true, createdAt: true, author: { select: { name: true, email: true } } },
    orderBy: { number: "desc" },
  });
}

/** Two revisions of a write-up in full, for comparison; null if either does not exist. */
export async function getRevisionPair(viewer: Viewer, writeUpId: string, from: number, to: number) {
  authorize(viewer, "write-ups.manage");
  const rows = await db.writeUpRevision.findMany({
    where: { writeUpId, number: { in: [from, to] } },
    select: { number: true, title: true, summary: true, body: true, data: true, createdAt: true },
  });
  const pick = (n: number): RevisionSnapshot | null => {
    const r = rows.find((x) => x.number === n);
    return r ? { number: r.number, title: r.title, summary: r.summary, body: r.body, data: (r.data ?? {}) as RevisionData } : null;
  };
  const a = pick(from);
  const b = pick(to);
  return a && b ? { from: a, to: b } : null;
}
