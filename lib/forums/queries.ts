import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/roles";
import { forumWhereVisibleTo, authorize } from "@/lib/auth/permissions";
import { dateOnly, dayInZone, timeInZone } from "@/lib/time";

/** What names a forum, where and when it is: shared by every area's read of a forum (spread and extend it). */
export const forumSummarySelect = {
  id: true,
  slug: true,
  name: true,
  venue: true,
  city: true,
  country: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
} as const;

const forumCardSelect = {
  ...forumSummarySelect,
  description: true,
  status: true,
  agendaPublishedAt: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} as const;

export type ForumCard = Awaited<ReturnType<typeof listForumsForHome>>["upcoming"][number];

/** Upcoming (soonest first) and past (latest first) forums the viewer may see. */
export async function listForumsForHome(viewer: Viewer, today = new Date()) {
  const forums = await db.forum.findMany({
    where: { ...forumWhereVisibleTo(viewer) },
    select: forumCardSelect,
    orderBy: { startsOn: "asc" },
  });
  const todayDay = dateOnly(today);
  const cards = forums.map((f) => ({ ...f, startsOn: dateOnly(f.startsOn), endsOn: dateOnly(f.endsOn) }));
  return {
    upcoming: cards.filter((f) => f.endsOn >= todayDay && f.status !== "archived"),
    past: cards.filter((f) => f.endsOn < todayDay || f.status === "archived").reverse(),
  };
}

/** One forum by slug, or null when it does not exist or the viewer may not see it. */
export const getForumBySlug = cache(async function getForumBySlug(slug: string, viewer: Viewer) {
  const forum = await db.forum.findFirst({
    where: { slug, ...forumWhereVisibleTo(viewer) },
    select: {
      ...forumCardSelect,
      capacity: true,
      rooms: { select: { id: true, name: true, capacity: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { select: { id: true, name: true, colour: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!forum) return null;
  return { ...forum, startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn) };
});

export type ForumOverview = NonNullable<Awaited<ReturnType<typeof getForumBySlug>>>;

/** Whether registration is open now, and if not, why. */
export function registrationState(
  forum: Pick<ForumOverview, "status" | "registrationOpensAt" | "registrationClosesAt" | "endsOn">,
  now = new Date(),
): "open" | "not_yet" | "closed" | "unavailable" {
  if (forum.status !== "published") return "unavailable";
  if (forum.registrationOpensAt && now < forum.registrationOpensAt) return "not_yet";
  if (forum.registrationClosesAt && now >= forum.registrationClosesAt) return "closed";
  if (!forum.registrationOpensAt && !forum.registrationClosesAt) return "unavailable";
  return "open";
}

// ---------- organiser console ----------

/** Every forum with the counts the console shows; organisers only. */
export async function listForumsForOrganiser(viewer: Viewer) {
  authorize(viewer, "forums.manage");
  const forums = await db.forum.findMany({
    select: {
      id: true,
      slug: true,
      name: true,
      city: true,
      country: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      status: true,
      agendaPublishedAt: true,
      _count: { select: { rooms: true, tracks: true, sessions: true, sessionChanges: true } },
    },
    orderBy: [{ startsOn: "desc" }],
  });
  const counts = await db.registration.groupBy({ by: ["forumId", "status"], _count: { _all: true } });
  return forums.map((f) => {
    const regs = counts.filter((c) => c.forumId === f.id);
    const count = (s: string) => regs.find((c) => c.status === s)?._count._all ?? 0;
    return {
      ...f,
      startsOn: dateOnly(f.startsOn),
      endsOn: dateOnly(f.endsOn),
      registrations: { pending: count("pending"), approved: count("approved"), waitlisted: count("waitlisted") },
    };
  });
}

export type OrganiserForumRow = Awaited<ReturnType<typeof listForumsForOrganiser>>[number];

/** One forum with its form values in the forum's own zone, its rooms and tracks; organisers only. */
export const getForumForEditing = cache(async function getForumForEditing(forumId: string, viewer: Viewer) {
  authorize(viewer, "forums.manage");
  const forum = await db.forum.findUnique({
    where: { id: forumId },
    select: {
      ...forumCardSelect,
      capacity: true,
      organisationCap: true,
      version: true,
      rooms: {
        select: { id: true, name: true, capacity: true, _count: { select: { sessions: { where: { status: { not: "cancelled" } } } } } },
        orderBy: [{ position: "asc" }, { name: "asc" }],
      },
      tracks: {
        select: { id: true, name: true, colour: true, _count: { select: { sessions: { where: { status: { not: "cancelled" } } } } } },
        orderBy: [{ position: "asc" }, { name: "asc" }],
      },
    },
  });
  if (!forum) return null;
  const zone = forum.timeZone;
  const split = (d: Date | null) => (d ? { day: dayInZone(d, zone), time: timeInZone(d, zone) } : { day: "", time: "" });
  const opens = split(forum.registrationOpensAt);
  const closes = split(forum.registrationClosesAt);
  return {
    id: forum.id,
    slug: forum.slug,
    name: forum.name,
    status: forum.status,
    timeZone: zone,
    startsOn: dateOnly(forum.startsOn),
    endsOn: dateOnly(forum.endsOn),
    agendaPublishedAt: forum.agendaPublishedAt,
    version: forum.version,
    rooms: forum.rooms.map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, sessions: r._count.sessions })),
    tracks: forum.tracks.map((t) => ({ id: t.id, name: t.name, colour: t.colour, sessions: t._count.sessions })),
    values: {
      name: forum.name,
      slug: forum.slug,
      description: forum.description,
      venue: forum.venue,
      city: forum.city,
      country: forum.country,
      timeZone: zone,
      startsOn: dateOnly(forum.startsOn),
      endsOn: dateOnly(forum.endsOn),
      status: forum.status,
      capacity: forum.capacity?.toString() ?? "",
      organisationCap: forum.organisationCap?.toString() ?? "",
      registrationOpensOn: opens.day,
      registrationOpensAt: opens.time,
      registrationClosesOn: closes.day,
      registrationClosesAt: closes.time,
    },
  };
});

export type ForumForEditing = NonNullable<Awaited<ReturnType<typeof getForumForEditing>>>;
export type ForumFormValues = ForumForEditing["values"];
