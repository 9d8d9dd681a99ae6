import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/roles";
import { forumWhereVisibleTo } from "@/lib/forums/visibility";
import { dateOnly } from "@/lib/time";

const forumCardSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  venue: true,
  city: true,
  country: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
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
export async function getForumBySlug(slug: string, viewer: Viewer) {
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
}

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
