import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import type { MemberStateInput } from "@/lib/member-states/schema";

const auditSelect = { id: true, name: true, isoCode: true, kind: true, status: true } as const;

export type CreateMemberStateInput = { actorId: string; input: MemberStateInput };
export type UpdateMemberStateInput = { actorId: string; id: string; input: MemberStateInput };
export type SetMemberStateStatusInput = { actorId: string; id: string; status: MembershipStatus };
export type DeleteMemberStateInput = { actorId: string; id: string };

/** Turns a unique-index refusal into a message at the field that clashed. */
async function duplicateError(input: MemberStateInput, exceptId?: string): Promise<AppError> {
  const fieldErrors: Record<string, string[]> = {};
  const clash = await db.memberState.findMany({
    where: { OR: [{ name: { equals: input.name, mode: "insensitive" } }, ...(input.isoCode ? [{ isoCode: input.isoCode }] : [])], NOT: exceptId ? { id: exceptId } : undefined },
    select: { name: true, isoCode: true },
  });
  for (const c of clash) {
    if (c.name.toLowerCase() === input.name.toLowerCase()) fieldErrors.name = [`${c.name} is already on the list.`];
    if (input.isoCode && c.isoCode === input.isoCode) fieldErrors.isoCode = [`${input.isoCode} is already used by ${c.name}.`];
  }
  if (!Object.keys(fieldErrors).length) fieldErrors.name = ["That name or ISO code is already on the list."];
  return new AppError("conflict", "Please correct the highlighted fields.", { fieldErrors });
}

// The name column is unique but case-sensitive; "laos" next to "Laos" would be a duplicate to any reader.
async function refuseNameInOtherCase(tx: Tx, input: MemberStateInput, exceptId?: string) {
  const same = await tx.memberState.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { id: true },
  });
  if (same) throw await duplicateError(input, exceptId);
}

export async function createMemberState({ actorId, input }: CreateMemberStateInput): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      await refuseNameInOtherCase(tx, input);
      const created = await tx.memberState.create({ data: input, select: auditSelect });
      await recordAudit(tx, { actorId, action: "member_state.create", targetType: "member_state", targetId: created.id, data: { before: null, after: created } });
      return { id: created.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateError(input);
    throw e;
  }
}

export async function updateMemberState({ actorId, id, input }: UpdateMemberStateInput): Promise<{ id: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.memberState.findUnique({ where: { id }, select: auditSelect });
      if (!before) throw new AppError("not_found", "This member state is no longer on the list.");
      await refuseNameInOtherCase(tx, input, id);
      const after = await tx.memberState.update({ where: { id }, data: input, select: auditSelect });
      await recordAudit(tx, { actorId, action: "member_state.update", targetType: "member_state", targetId: id, data: { before, after } });
      return { id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw await duplicateError(input, id);
    throw e;
  }
}

/** Member <-> observer, from the list's one-click control. Setting the status it already has changes nothing. */
export async function setMemberStateStatus({ actorId, id, status }: SetMemberStateStatusInput): Promise<{ id: string; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await tx.memberState.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new AppError("not_found", "This member state is no longer on the list.");
    if (before.status === status) return { id, changed: false };
    const after = await tx.memberState.update({ where: { id }, data: { status }, select: auditSelect });
    await recordAudit(tx, { actorId, action: "member_state.status", targetType: "member_state", targetId: id, data: { before, after } });
    return { id, changed: true };
  });
}

/**
 * Deletes a member state that has no accounts linked to it. Its open invitations go with it (they could not be
 * accepted without it). A state with delegates is refused: their access depends on it.
 */
export async function deleteMemberState({ actorId, id }: DeleteMemberStateInput): Promise<void> {
  await db.$transaction(async (tx) => {
    // The row lock conflicts with the key-share lock a new user row referencing it takes, so no delegate can be
    // linked between the count below and the delete.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "MemberState" WHERE id = ${id} FOR UPDATE`;
    if (!locked.length) throw new AppError("not_found", "This member state is no longer on the list.");
    const linked = await tx.user.count({ where: { memberStateId: id } });
    if (linked > 0) {
      throw new AppError(
        "conflict",
        `This member state has ${linked} account${linked === 1 ? "" : "s"} linked to it, so it cannot be deleted: their delegate access depends on it. Change its status to observer instead, or move the accounts first.`,
      );
    }
    const before = await tx.memberState.findUniqueOrThrow({ where: { id }, select: auditSelect });
    const invitations = await tx.invitation.count({ where: { memberStateId: id } });
    await tx.memberState.delete({ where: { id } });
    await recordAudit(tx, { actorId, action: "member_state.delete", targetType: "member_state", targetId: id, data: { before, after: null, invitationsRemoved: invitations } });
  });
}
