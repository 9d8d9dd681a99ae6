// The benchmark's data: the demo seed plus a realistic volume for the upcoming forum, so queries work on
// thousands of rows rather than a handful. Everything is derived from a fixed pseudo-random seed: two runs on
// two commits measure the same data, which is what makes their numbers comparable.
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/prisma-client";
import { PRIVACY_NOTICE_VERSION, SECTORS } from "@/lib/registrations/schema";
import { zonedToUtc } from "@/lib/time";

export const BENCH_FORUM_SLUG = "gabf-2027-bali";

export type LoadVolumes = {
  organisations: number;
  registrations: number;
  extraSessions: number;
  extraRooms: number;
  extraPresenters: number;
  users: number;
  bookmarksPerUser: number;
};

export const DEFAULT_VOLUMES: LoadVolumes = {
  organisations: 150,
  registrations: 2000,
  extraSessions: 100,
  extraRooms: 6,
  extraPresenters: 40,
  users: 300,
  bookmarksPerUser: 10,
};

export type LoadSummary = LoadVolumes & {
  forumId: string;
  sessionsInForum: number;
  publishedSessions: number;
  bookmarks: number;
  registrationInterests: number;
  registrationsByStatus: Record<string, number>;
};

/** mulberry32: small, fast and deterministic; this is test data, not cryptography. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

const FIRST = ["Ayu", "Budi", "Citra", "Daniel", "Elena", "Farid", "Grace", "Hiro", "Indah", "Joko", "Kim", "Lina", "Marco", "Nadia", "Omar", "Putri", "Quang", "Rahul", "Siti", "Tom", "Umar", "Vera", "Wayan", "Xin", "Yusuf", "Zara"];
const LAST = ["Santoso", "Nguyen", "Tan", "Reyes", "Wijaya", "Smith", "Kumar", "Sato", "Lim", "Garcia", "Rahman", "Chen", "Brown", "Putra", "Ong", "Silva", "Hassan", "Lee", "Park", "Suryani"];
const ORG_WORDS = ["Archipelago", "Coral", "Equator", "Harbour", "Horizon", "Lotus", "Meridian", "Monsoon", "Nusantara", "Pacific", "Ridge", "Summit", "Tidewater", "Volcano", "Banyan"];
const ORG_KINDS = ["Bank", "Telecom", "Recruitment Services", "Garments", "Fisheries", "Hotels", "Logistics", "Legal", "Foundation", "Institute"];
const COUNTRIES = ["Indonesia", "Australia", "Thailand", "Philippines", "Viet Nam", "Malaysia", "Singapore", "Cambodia", "Myanmar", "Sri Lanka", "Bangladesh", "New Zealand", "Japan", "Republic of Korea"];
const JOBS = ["Head of Compliance", "Chief Risk Officer", "Human Rights Lead", "Trust and Safety Manager", "Sustainability Director", "General Counsel", "Operations Manager", "Policy Adviser"];
const TOPICS = ["scam compounds", "ethical recruitment", "worker-paid fees", "financial intelligence", "platform moderation", "survivor remedy", "supply-chain audits", "labour migration", "online fraud", "forced labour in fishing"];
const FORMATS = ["Panel", "Workshop", "Briefing", "Roundtable", "Case study", "Side event"];
const KINDS = ["panel", "workshop", "panel", "side_event", "plenary"] as const;

const token = () => crypto.randomBytes(24).toString("hex");

/** Publishes the forum's agenda and adds the benchmark's volume. Run once, on a freshly seeded database. */
export async function loadBenchData(prisma: PrismaClient, volumes: LoadVolumes = DEFAULT_VOLUMES): Promise<LoadSummary> {
  const rand = prng(20270216);
  const forum = await prisma.forum.findUniqueOrThrow({ where: { slug: BENCH_FORUM_SLUG }, include: { rooms: true, tracks: true } });
  const now = new Date();

  // Rooms and presenters first: the extra sessions are spread over them.
  await prisma.room.createMany({
    data: Array.from({ length: volumes.extraRooms }, (_, i) => ({ forumId: forum.id, name: `Breakout ${i + 1}`, capacity: rand.int(30, 120), position: forum.rooms.length + i })),
  });
  await prisma.presenter.createMany({
    data: Array.from({ length: volumes.extraPresenters }, (_, i) => ({
      slug: `bench-presenter-${i + 1}`,
      name: `${rand.pick(FIRST)} ${rand.pick(LAST)}`,
      title: rand.pick(JOBS),
      organisation: `${rand.pick(ORG_WORDS)} ${rand.pick(ORG_KINDS)}`,
      country: rand.pick(COUNTRIES),
      bio: `Works on ${rand.pick(TOPICS)} and ${rand.pick(TOPICS)} across the region.`,
    })),
  });
  const rooms = await prisma.room.findMany({ where: { forumId: forum.id }, orderBy: { position: "asc" } });
  const presenterIds = (await prisma.presenter.findMany({ select: { id: true } })).map((p) => p.id);

  // Extra sessions: hour-long slots from 08:00 to 19:00 on both days, spread over every room.
  const days = [forum.startsOn.toISOString().slice(0, 10), forum.endsOn.toISOString().slice(0, 10)];
  const slots: { day: string; hour: number; roomId: string }[] = [];
  for (const day of days) for (let hour = 8; hour < 19; hour++) for (const room of rooms) slots.push({ day, hour, roomId: room.id });
  const chosen = rand.sample(slots, volumes.extraSessions);
  const sessions = chosen.map((slot, i) => {
    const topic = rand.pick(TOPICS);
    const hh = String(slot.hour).padStart(2, "0");
    const roll = rand.next();
    return {
      id: `bench-session-${String(i + 1).padStart(3, "0")}`,
      forumId: forum.id,
      title: `${rand.pick(FORMATS)}: ${topic} in ${rand.pick(COUNTRIES)}`,
      abstract: `Practitioners compare what has worked against ${topic}, what it cost, and what governments and business partners could do next. ${rand.pick(TOPICS)} and ${rand.pick(TOPICS)} are also on the table.`,
      kind: rand.pick(KINDS),
      startsAt: zonedToUtc(slot.day, `${hh}:00`, forum.timeZone),
      endsAt: zonedToUtc(slot.day, `${hh}:55`, forum.timeZone),
      roomId: slot.roomId,
      trackId: rand.next() < 0.85 ? rand.pick(forum.tracks).id : null,
      visibility: roll < 0.8 ? ("public" as const) : roll < 0.93 ? ("registered" as const) : ("delegates" as const),
      chathamHouse: rand.next() < 0.1,
      status: "published" as const,
      expectedAttendance: rand.int(20, 200),
    };
  });
  await prisma.forumSession.createMany({ data: sessions });
  await prisma.sessionPresenter.createMany({
    data: sessions.flatMap((s) =>
      rand.sample(presenterIds, rand.int(1, 4)).map((presenterId, position) => ({ sessionId: s.id, presenterId, role: position === 0 ? ("moderator" as const) : ("speaker" as const), position })),
    ),
  });

  // The upcoming forum's agenda goes public: what visitors would load most in the weeks before the forum.
  await prisma.forum.update({ where: { id: forum.id }, data: { agendaPublishedAt: now } });
  await prisma.forumSession.updateMany({ where: { forumId: forum.id }, data: { status: "published" } });

  const allSessions = await prisma.forumSession.findMany({ where: { forumId: forum.id }, select: { id: true, kind: true } });
  const sessionIds = allSessions.filter((s) => s.kind !== "break").map((s) => s.id);

  // Signed-in users with bookmarks.
  await prisma.user.createMany({
    data: Array.from({ length: volumes.users }, (_, i) => ({ email: `bench-user-${i + 1}@bench.balai.test`, name: `${rand.pick(FIRST)} ${rand.pick(LAST)}`, role: "attendee" as const })),
  });
  const users = await prisma.user.findMany({ where: { email: { endsWith: "@bench.balai.test" } }, select: { id: true } });
  const bookmarks = users.flatMap((u) => rand.sample(sessionIds, volumes.bookmarksPerUser).map((sessionId) => ({ userId: u.id, sessionId, seenVersion: 1 })));
  await prisma.agendaBookmark.createMany({ data: bookmarks });

  // Organisations and registrations. Approvals respect the forum's capacity and per-organisation cap.
  const orgNames = new Set<string>();
  while (orgNames.size < volumes.organisations) orgNames.add(`${rand.pick(ORG_WORDS)} ${rand.pick(ORG_KINDS)} ${rand.pick(["", "Group", "Asia", "Pacific", "Holdings"])}`.trim());
  await prisma.organisation.createMany({
    data: [...orgNames].map((name) => ({ name, nameKey: name.toLowerCase().replace(/\s+/g, " "), sector: rand.pick(SECTORS), country: rand.pick(COUNTRIES) })),
  });
  const organisations = await prisma.organisation.findMany({ select: { id: true, sector: true, country: true } });

  const capacity = forum.capacity ?? Number.POSITIVE_INFINITY;
  const orgCap = forum.organisationCap ?? Number.POSITIVE_INFINITY;
  const approvedByOrg = new Map<string, number>();
  let approved = 0;
  const byStatus: Record<string, number> = {};
  const day = 24 * 60 * 60 * 1000;
  const registrations = Array.from({ length: volumes.registrations }, (_, i) => {
    const org = organisations[i % organisations.length];
    const createdAt = new Date(now.getTime() - rand.int(1, 60) * day - rand.int(0, day));
    const roll = rand.next();
    let status: "pending" | "approved" | "waitlisted" | "declined" | "cancelled" = "pending";
    let confirmed = true;
    let expired = false;
    if (roll < 0.2 && approved < capacity && (approvedByOrg.get(org.id) ?? 0) < orgCap) status = "approved";
    else if (roll < 0.3) status = "waitlisted";
    else if (roll < 0.36) status = "declined";
    else if (roll < 0.46) status = "cancelled";
    else if (roll < 0.58) confirmed = false;
    else if (roll < 0.61) {
      confirmed = false;
      expired = true;
    }
    if (status === "approved") {
      approved++;
      approvedByOrg.set(org.id, (approvedByOrg.get(org.id) ?? 0) + 1);
    }
    const key = status === "pending" && !confirmed ? (expired ? "expired" : "unconfirmed") : status;
    byStatus[key] = (byStatus[key] ?? 0) + 1;
    const first = rand.pick(FIRST);
    const last = rand.pick(LAST);
    const decided = status === "approved" || status === "declined";
    return {
      forumId: forum.id,
      organisationId: org.id,
      email: `${first}.${last}.${i + 1}@bench.balai.test`.toLowerCase(),
      fullName: `${first} ${last}`,
      jobTitle: rand.pick(JOBS),
      sector: org.sector,
      country: org.country,
      dietaryNeeds: rand.next() < 0.15 ? "Vegetarian" : null,
      accessibilityNeeds: rand.next() < 0.05 ? "Step-free access" : null,
      status,
      consentVersion: PRIVACY_NOTICE_VERSION,
      consentAt: createdAt,
      emailConfirmedAt: confirmed ? new Date(createdAt.getTime() + 10 * 60 * 1000) : null,
      confirmTokenHash: confirmed ? null : token(),
      confirmExpiresAt: confirmed ? null : new Date(expired ? now.getTime() - day : now.getTime() + 2 * day),
      manageTokenHash: token(),
      manageExpiresAt: new Date(now.getTime() + 365 * day),
      checkInCode: token(),
      waitlistedAt: status === "waitlisted" ? new Date(createdAt.getTime() + day) : null,
      decidedAt: decided ? new Date(createdAt.getTime() + 2 * day) : null,
      cancelledAt: status === "cancelled" ? new Date(createdAt.getTime() + 3 * day) : null,
      createdAt,
    };
  });
  for (let i = 0; i < registrations.length; i += 500) await prisma.registration.createMany({ data: registrations.slice(i, i + 500) });

  const regIds = await prisma.registration.findMany({ where: { forumId: forum.id }, select: { id: true } });
  const interests = regIds.flatMap((r) => rand.sample(sessionIds, rand.int(0, 3)).map((sessionId) => ({ registrationId: r.id, sessionId })));
  for (let i = 0; i < interests.length; i += 2000) await prisma.registrationInterest.createMany({ data: interests.slice(i, i + 2000) });

  // Fresh statistics, as autovacuum would have them on a database that has lived a while.
  await prisma.$executeRawUnsafe("ANALYZE");

  return {
    ...volumes,
    forumId: forum.id,
    sessionsInForum: allSessions.length,
    publishedSessions: await prisma.forumSession.count({ where: { forumId: forum.id, status: "published" } }),
    bookmarks: bookmarks.length,
    registrationInterests: interests.length,
    registrationsByStatus: byStatus,
  };
}
