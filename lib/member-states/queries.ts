import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberStateFilter } from "@/lib/member-states/schema";

/** Every member state, organisation and observer matching the filter, by name, with its delegate count. */
export async function listMemberStates(filter: Partial<MemberStateFilter> = {}) {
  const where: Prisma.MemberStateWhereInput = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q
      ? { OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { isoCode: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
  const rows = await db.memberState.findMany({
    where,
    select: {
      id: true,
      name: true,
      isoCode: true,
      kind: true,
      status: true,
      _count: { select: { users: { where: { role: "delegate" } } } },
    },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...m }) => ({ ...m, delegateCount: _count.users }));
}

/** Counts by kind and status for the page summary (over the whole list, not the filter). */
export async function countMemberStates() {
  const groups = await db.memberState.groupBy({ by: ["kind", "status"], _count: { _all: true } });
  return groups.map((g) => ({ kind: g.kind, status: g.status, count: g._count._all }));
}

export const getMemberState = cache(async function getMemberState(id: string) {
  const row = await db.memberState.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      isoCode: true,
      kind: true,
      status: true,
      updatedAt: true,
      users: { where: { role: "delegate" }, select: { id: true, name: true, email: true }, orderBy: { email: "asc" } },
      _count: { select: { users: true, invitations: { where: { acceptedAt: null, revokedAt: null } } } },
    },
  });
  if (!row) return null;
  const { _count, users, ...rest } = row;
  return { ...rest, delegates: users, linkedUserCount: _count.users, openInvitationCount: _count.invitations };
});

export type MemberStateDetail = NonNullable<Awaited<ReturnType<typeof getMemberState>>>;

/** Options for pickers such as the invitation form: members first, then observers. */
export async function listMemberStateOptions() {
  return db.memberState.findMany({
    select: { id: true, name: true, kind: true, status: true },
    orderBy: [{ status: "asc" }, { name: "asc" }],
  });
}
