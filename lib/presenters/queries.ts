import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sessionWhereVisibleTo, presenterWhereVisibleTo } from "@/lib/auth/permissions";
import { mediaUrl } from "@/lib/media/mutations";

export const PRESENTERS_PAGE_SIZE = 24;


/** Every word must appear in the name, organisation or country (case-insensitive). */
function searchWhere(q: string): Prisma.PresenterWhereInput {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 6);
  return {
    AND: words.map((w) => ({
      OR: [
        { name: { contains: w, mode: "insensitive" as const } },
        { organisation: { contains: w, mode: "insensitive" as const } },
        { country: { contains: w, mode: "insensitive" as const } },
      ],
    })),
  };
}

const cardSelect = { id: true, slug: true, name: true, title: true, organisation: true, country: true, photoId: true } as const;

function withPhoto<T extends { photoId: string | null }>(p: T) {
  return { ...p, photoUrl: p.photoId ? mediaUrl(p.photoId) : null };
}

/** The public directory: one page of presenters the viewer may see, by name. */
export async function listPresenters({ viewer, q = "", page = 1 }: { viewer: Viewer; q?: string; page?: number }) {
  const where: Prisma.PresenterWhereInput = { AND: [presenterWhereVisibleTo(viewer), searchWhere(q)] };
  const [total, rows] = await Promise.all([
    db.presenter.count({ where }),
    db.presenter.findMany({
      where,
      select: cardSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PRESENTERS_PAGE_SIZE,
      take: PRESENTERS_PAGE_SIZE,
    }),
  ]);
  return { total, page, pageSize: PRESENTERS_PAGE_SIZE, presenters: rows.map(withPhoto) };
}

/** A presenter's public page with the sessions the viewer may see, grouped by forum (latest forum first). */
export const getPresenterPage = cache(async function getPresenterPage(slug: string, viewer: Viewer) {
  const presenter = await db.presenter.findFirst({
    where: { AND: [{ slug }, presenterWhereVisibleTo(viewer)] },
    select: { ...cardSelect, bio: true },
  });
  if (!presenter) return null;
  const links = await db.sessionPresenter.findMany({
    where: { presenterId: presenter.id, session: sessionWhereVisibleTo(viewer) },
    select: {
      role: true,
      session: {
        select: {
          id: true,
          title: true,
          kind: true,
          startsAt: true,
          endsAt: true,
          status: true,
          visibility: true,
          chathamHouse: true,
          room: { select: { name: true } },
          forum: { select: { id: true, slug: true, name: true, timeZone: true, startsOn: true } },
        },
      },
    },
    orderBy: { session: { startsAt: "asc" } },
  });
  const forums = new Map<string, { forum: (typeof links)[number]["session"]["forum"]; sessions: ((typeof links)[number]["session"] & { role: (typeof links)[number]["role"] })[] }>();
  for (const link of links) {
    const key = link.session.forum.id;
    if (!forums.has(key)) forums.set(key, { forum: link.session.forum, sessions: [] });
    forums.get(key)!.sessions.push({ ...link.session, role: link.role });
  }
  const groups = [...forums.values()].sort((a, b) => b.forum.startsOn.getTime() - a.forum.startsOn.getTime());
  return { ...withPhoto(presenter), forums: groups };
});

export type PresenterPage = NonNullable<Awaited<ReturnType<typeof getPresenterPage>>>;

/** The console list: every presenter, with how many sessions they are on. */
export async function listPresentersForConsole({ q = "", page = 1 }: { q?: string; page?: number }) {
  const where = searchWhere(q);
  const [total, rows] = await Promise.all([
    db.presenter.count({ where }),
    db.presenter.findMany({
      where,
      select: { ...cardSelect, updatedAt: true, _count: { select: { sessions: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PRESENTERS_PAGE_SIZE,
      take: PRESENTERS_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    page,
    pageSize: PRESENTERS_PAGE_SIZE,
    presenters: rows.map(({ _count, ...p }) => ({ ...withPhoto(p), sessionCount: _count.sessions })),
  };
}

/** One presenter for the edit form, with every session they are on (what deleting them would affect). */
export const getPresenterForEdit = cache(async function getPresenterForEdit(id: string) {
  const presenter = await db.presenter.findUnique({
    where: { id },
    select: {
      ...cardSelect,
      bio: true,
      updatedAt: true,
      sessions: {
        select: {
          role: true,
          session: {
            select: {
              id: true,
              title: true,
              startsAt: true,
              status: true,
              forum: { select: { id: true, name: true, timeZone: true } },
            },
          },
        },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
  if (!presenter) return null;
  const { sessions, ...rest } = presenter;
  return { ...withPhoto(rest), sessions: sessions.map((s) => ({ ...s.session, role: s.role })) };
});

export type PresenterForEdit = NonNullable<Awaited<ReturnType<typeof getPresenterForEdit>>>;
