import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { forumSummarySelect, registrationState } from "@/lib/forums/queries";
import { dateOnly } from "@/lib/time";
import { hashToken, looksLikeToken } from "@/lib/tokens";
import { listOrganisationNames } from "@/lib/organisations/queries";
import type { QueueFilter } from "@/lib/registrations/schema";
import { manageTokenFor } from "@/lib/registrations/links";
import { sessionWhereVisibleTo, authorize } from "@/lib/auth/permissions";

/** Sessions a registrant may mark as of interest: published, public sessions of a published agenda. */
async function listInterestSessions(forumId: string) {
  return db.forumSession.findMany({
    where: { forumId, status: "published", visibility: "public", kind: { not: "break" }, forum: { agendaPublishedAt: { not: null } } },
    select: { id: true, title: true, startsAt: true },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
}

const publicForumSelect = {
  ...forumSummarySelect,
  status: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} as const;

/** A registration as its owner (through the manage link) and organisers see it: answers, consent and each step's time. */
const registrationRecordSelect = {
  id: true,
  fullName: true,
  email: true,
  jobTitle: true,
  sector: true,
  country: true,
  phone: true,
  dietaryNeeds: true,
  accessibilityNeeds: true,
  note: true,
  status: true,
  consentVersion: true,
  consentAt: true,
  createdAt: true,
  emailConfirmedAt: true,
  confirmExpiresAt: true,
  waitlistedAt: true,
  decidedAt: true,
  cancelledAt: true,
  checkedInAt: true,
  needsPurgedAt: true,
  erasedAt: true,
  deletionRequestedAt: true,
} as const;

/** What the public registration form needs, or null when the forum is unknown or not published. */
export const getRegistrationForm = cache(async function getRegistrationForm(slug: string, now = new Date()) {
  const forum = await db.forum.findFirst({ where: { slug, status: "published" }, select: publicForumSelect });
  if (!forum) return null;
  const view = { ...forum, startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn) };
  const state = registrationState(view, now);
  if (state !== "open") return { forum: view, state, sessions: [], organisations: [] };
  const [sessions, organisations] = await Promise.all([listInterestSessions(forum.id), listOrganisationNames()]);
  return { forum: view, state, sessions, organisations };
});

export type RegistrationForm = NonNullable<Awaited<ReturnType<typeof getRegistrationForm>>>;

/**
 * The registration behind a manage link, or null. Unknown, tampered, expired and erased links all give the same
 * null, so a caller learns nothing about which registrations exist.
 */
export async function getRegistrationByManageToken(token: string, now = new Date()) {
  if (!looksLikeToken(token)) return null;
  const reg = await db.registration.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: {
      ...registrationRecordSelect,
      manageExpiresAt: true,
      checkInCode: true,
      updatedAt: true,
      organisation: { select: { name: true } },
      // The manage link is as good as anonymous: a session chosen while public and since closed to delegates (or
      // taken back to draft) must not show its title or id here, in the data export or in the edit form.
      interests: { where: { session: sessionWhereVisibleTo(null) }, select: { session: { select: { id: true, title: true } } } },
      forum: {
        select: {
          ...publicForumSelect,
          description: true,
        },
      },
    },
  });
  if (!reg || reg.erasedAt || reg.manageExpiresAt <= now) return null;
  const sessions = await listInterestSessions(reg.forum.id);
  return { ...reg, interestSessions: sessions };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof getRegistrationByManageToken>>>;

/** Position in the waitlist (1 = next to be offered a seat), or null when not waitlisted. */
export async function getWaitlistPosition(reg: { id: string; status: RegistrationStatus; waitlistedAt: Date | null; createdAt: Date }, forumId: string) {
  if (reg.status !== "waitlisted" || !reg.waitlistedAt) return null;
  const ahead = await db.registration.count({
    where: {
      forumId,
      status: "waitlisted",
      OR: [{ waitlistedAt: { lt: reg.waitlistedAt } }, { waitlistedAt: reg.waitlistedAt, createdAt: { lt: reg.createdAt } }],
    },
  });
  return ahead + 1;
}

// ---------- organiser views ----------

/** The forum header of the organiser's registration pages. */
export async function getForumForRegistrations(viewer: Viewer, forumId: string) {
  authorize(viewer, "registrations.manage");
  return db.forum.findUnique({
    where: { id: forumId },
    select: { id: true, slug: true, name: true, timeZone: true, capacity: true, organisationCap: true, startsOn: true, endsOn: true, status: true, registrationOpensAt: true, registrationClosesAt: true },
  });
}

function unconfirmedWhere(now: Date, expired: boolean): Prisma.RegistrationWhereInput {
  return { status: "pending", emailConfirmedAt: null, confirmExpiresAt: expired ? { lte: now } : { gt: now } };
}

function queueWhere(forumId: string, filter: QueueFilter, now: Date): Prisma.RegistrationWhereInput {
  const and: Prisma.RegistrationWhereInput[] = [{ forumId }];
  switch (filter.status) {
    case "all":
      // Expired, never-confirmed registrations are noise in the working list; they have their own filter.
      and.push({ NOT: unconfirmedWhere(now, true) });
      break;
    case "pending":
      and.push({ status: "pending", emailConfirmedAt: { not: null } });
      break;
    case "unconfirmed":
      and.push(unconfirmedWhere(now, false));
      break;
    case "expired":
      and.push(unconfirmedWhere(now, true));
      break;
    default:
      and.push({ status: filter.status });
  }
  if (filter.organisationId) and.push({ organisationId: filter.organisationId });
  if (filter.q) {
    const q = filter.q;
    and.push({
      OR: [
        { fullName: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { jobTitle: { contains: q, mode: "insensitive" } },
        { organisation: { name: { contains: q, mode: "insensitive" } } },
        { country: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

function queueOrder(sort: QueueFilter["sort"]): Prisma.RegistrationOrderByWithRelationInput[] {
  switch (sort) {
    case "name":
      return [{ fullName: "asc" }, { createdAt: "asc" }];
    case "organisation":
      return [{ organisation: { name: "asc" } }, { createdAt: "asc" }];
    case "status":
      return [{ status: "asc" }, { createdAt: "asc" }];
    case "waitlist":
      return [{ waitlistedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }];
    default:
      return [{ createdAt: "asc" }];
  }
}

export const QUEUE_PAGE_SIZE = 200;

/** The organiser's queue for a forum, filtered, searched and sorted. Needs are not included (see the detail page). */
export async function listRegistrationQueue(viewer: Viewer, forumId: string, filter: QueueFilter, now = new Date()) {
  authorize(viewer, "registrations.manage");
  const where = queueWhere(forumId, filter, now);
  const [rows, total] = await Promise.all([
    db.registration.findMany({
      where,
      orderBy: queueOrder(filter.sort),
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        fullName: true,
        email: true,
        jobTitle: true,
        sector: true,
        country: true,
        status: true,
        createdAt: true,
        emailConfirmedAt: true,
        confirmExpiresAt: true,
        waitlistedAt: true,
        checkedInAt: true,
        deletionRequestedAt: true,
        erasedAt: true,
        dietaryNeeds: true,
        accessibilityNeeds: true,
        organisation: { select: { id: true, name: true } },
      },
    }),
    db.registration.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ dietaryNeeds, accessibilityNeeds, ...r }) => ({ ...r, hasNeeds: !!(dietaryNeeds || accessibilityNeeds) })),
  };
}

export type QueueRow = Awaited<ReturnType<typeof listRegistrationQueue>>["rows"][number];

export type RegistrationCounts = {
  capacity: number | null;
  organisationCap: number | null;
  approved: number;
  pending: number;
  unconfirmed: number;
  waitlisted: number;
  declined: number;
  cancelled: number;
  checkedIn: number;
  expired: number;
};

/** Counts for the queue's header. Expired unconfirmed registrations count nowhere but "expired". */
export async function getRegistrationCounts(viewer: Viewer, forumId: string, now = new Date()): Promise<RegistrationCounts> {
  authorize(viewer, "registrations.manage");
  const [forum, byStatus, unconfirmed, expired, checkedIn] = await Promise.all([
    db.forum.findUnique({ where: { id: forumId }, select: { capacity: true, organisationCap: true } }),
    db.registration.groupBy({ by: ["status"], where: { forumId, NOT: { status: "pending", emailConfirmedAt: null } }, _count: { _all: true } }),
    db.registration.count({ where: { forumId, ...unconfirmedWhere(now, false) } }),
    db.registration.count({ where: { forumId, ...unconfirmedWhere(now, true) } }),
    db.registration.count({ where: { forumId, checkedInAt: { not: null } } }),
  ]);
  const n = (s: RegistrationStatus) => byStatus.find((b) => b.status === s)?._count._all ?? 0;
  return {
    capacity: forum?.capacity ?? null,
    organisationCap: forum?.organisationCap ?? null,
    approved: n("approved"),
    pending: n("pending"),
    unconfirmed,
    waitlisted: n("waitlisted"),
    declined: n("declined"),
    cancelled: n("cancelled"),
    checkedIn,
    expired,
  };
}

/** One line per organisation with its registrations by status: the per-organisation view and cap check. */
export async function listOrganisationSummary(viewer: Viewer, forumId: string, now = new Date()) {
  authorize(viewer, "registrations.manage");
  const groups = await db.registration.groupBy({
    by: ["organisationId", "status"],
    where: { forumId, NOT: unconfirmedWhere(now, true) },
    _count: { _all: true },
  });
  const ids = [...new Set(groups.map((g) => g.organisationId).filter((id): id is string => !!id))];
  const orgs = await db.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, sector: true, country: true } });
  const byId = new Map(orgs.map((o) => [o.id, { ...o, counts: {} as Partial<Record<RegistrationStatus, number>>, total: 0 }]));
  for (const g of groups) {
    const org = g.organisationId ? byId.get(g.organisationId) : undefined;
    if (!org) continue;
    org.counts[g.status] = (org.counts[g.status] ?? 0) + g._count._all;
    org.total += g._count._all;
  }
  return [...byId.values()].sort((a, b) => (b.counts.approved ?? 0) - (a.counts.approved ?? 0) || a.name.localeCompare(b.name));
}

/** Full detail of one registration for organisers, including sensitive needs. */
export async function getRegistrationDetail(viewer: Viewer, forumId: string, id: string) {
  authorize(viewer, "registrations.manage");
  return db.registration.findFirst({
    where: { id, forumId },
    select: {
      ...registrationRecordSelect,
      organisation: { select: { id: true, name: true } },
      decidedBy: { select: { name: true, email: true } },
      checkedInBy: { select: { name: true, email: true } },
      interests: { select: { session: { select: { id: true, title: true } } } },
    },
  });
}

/** Approved people matching a name, e-mail or organisation, for the check-in desk. */
export async function searchCheckIn(viewer: Viewer, forumId: string, q: string) {
  authorize(viewer, "registrations.manage");
  const term = q.trim().slice(0, 100);
  if (term.length < 2) return [];
  return db.registration.findMany({
    where: {
      forumId,
      status: "approved",
      erasedAt: null,
      OR: [
        { fullName: { contains: term, mode: "insensitive" } },
        { email: { contains: term, mode: "insensitive" } },
        { organisation: { name: { contains: term, mode: "insensitive" } } },
      ],
    },
    orderBy: { fullName: "asc" },
    take: 20,
    select: { id: true, fullName: true, jobTitle: true, checkedInAt: true, organisation: { select: { name: true } } },
  });
}

/** Rows for the CSV export; needs only when asked for (the route records that in the audit log). */
export async function listRegistrationsForExport(viewer: Viewer, forumId: string, filter: QueueFilter, includeNeeds: boolean, now = new Date()) {
  authorize(viewer, "registrations.manage");
  const rows = await db.registration.findMany({
    where: queueWhere(forumId, filter, now),
    orderBy: queueOrder(filter.sort),
    select: {
      id: true,
      fullName: true,
      email: true,
      jobTitle: true,
      sector: true,
      country: true,
      phone: true,
      status: true,
      createdAt: true,
      emailConfirmedAt: true,
      waitlistedAt: true,
      decidedAt: true,
      checkedInAt: true,
      note: true,
      dietaryNeeds: includeNeeds,
      accessibilityNeeds: includeNeeds,
      organisation: { select: { name: true } },
      interests: { select: { session: { select: { title: true } } } },
    },
  });
  return rows;
}

/** The forum a confirmation link belongs to, or null for an unknown, tampered, expired or erased link. */
export async function getConfirmationLink(token: string, now = new Date()) {
  if (!looksLikeToken(token)) return null;
  const reg = await db.registration.findUnique({
    where: { confirmTokenHash: hashToken(token) },
    select: { id: true, createdAt: true, emailConfirmedAt: true, confirmExpiresAt: true, erasedAt: true, status: true, forum: { select: { name: true } } },
  });
  if (!reg || reg.erasedAt) return null;
  if (!reg.emailConfirmedAt && (!reg.confirmExpiresAt || reg.confirmExpiresAt <= now || reg.status !== "pending")) return null;
  // Whoever holds the confirmation link also holds the e-mail that carries the manage link.
  return { forumName: reg.forum.name, alreadyConfirmed: !!reg.emailConfirmedAt, manageToken: manageTokenFor(reg) };
}
