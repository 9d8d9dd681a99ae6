import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashToken, looksLikeToken, newToken } from "@/lib/tokens";
import { INVITATION_TTL_DAYS, invitationStatus, type AcceptInvitationInput, type InviteDelegateInput } from "@/lib/invitations/schema";
import { queueInvitationMail } from "@/lib/invitations/mail";
import { accountMayBecomeDelegate, invitationRefusalFor } from "@/lib/auth/permissions";

const DAY_MS = 86_400_000;

export type CreateInvitationInput = { actorId: string; input: InviteDelegateInput; now?: Date };
export type InvitationByIdInput = { actorId: string; id: string; now?: Date };
export type AcceptInvitationCommand = { input: AcceptInvitationInput; now?: Date };

const auditSelect = { id: true, email: true, name: true, memberStateId: true, expiresAt: true, acceptedAt: true, revokedAt: true } as const;

// Serialises invitations to one address (two organisers inviting the same person at once) without a schema change.
async function lockEmail(tx: Tx, email: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`invitation:${email}`}))`;
}

/**
 * Creates an invitation and e-mails its link. Refused when the address already belongs to a delegate or an
 * organiser (an attendee may be upgraded), or when a pending invitation to it exists (resend that one instead).
 */
export async function createInvitation({ actorId, input, now = new Date() }: CreateInvitationInput): Promise<{ id: string }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  const created = await db.$transaction(async (tx) => {
    await lockEmail(tx, input.email);
    const state = await tx.memberState.findUnique({ where: { id: input.memberStateId }, select: { id: true, name: true } });
    if (!state) {
      throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors: { memberStateId: ["Choose a member state from the list."] } });
    }
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { role: true, memberState: { select: { name: true } } } });
    const refusal = invitationRefusalFor(existing);
    if (refusal) throw new AppError("conflict", "Please correct the highlighted fields.", { fieldErrors: { email: [refusal] } });
    const pending = await tx.invitation.findFirst({
      where: { email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (pending) {
      throw new AppError("conflict", "Please correct the highlighted fields.", {
        fieldErrors: { email: ["This address already has a pending invitation. Resend or revoke it from the list below."] },
      });
    }
    const invitation = await tx.invitation.create({
      data: { email: input.email, name: input.name || null, memberStateId: state.id, tokenHash: hashToken(token), expiresAt, invitedById: actorId },
      select: auditSelect,
    });
    await recordAudit(tx, { actorId, action: "invitation.create", targetType: "invitation", targetId: invitation.id, data: { before: null, after: invitation, memberState: state.name } });
    // Queued with the row it links to: the link is mailed exactly when the invitation exists.
    await queueInvitationMail(tx, { to: input.email, name: input.name || null, memberStateName: state.name, token, expiresAt });
    return { invitation };
  });
  return { id: created.invitation.id };
}

/** Issues a new link (new token, new expiry); the old link stops working at once. */
export async function resendInvitation({ actorId, id, now = new Date() }: InvitationByIdInput): Promise<{ id: string }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS);
  await db.$transaction(async (tx) => {
    const before = await tx.invitation.findUnique({ where: { id }, select: { ...auditSelect, memberState: { select: { name: true } } } });
    if (!before) throw new AppError("not_found", "This invitation no longer exists.");
    const status = invitationStatus(before, now);
    if (status === "accepted") throw new AppError("conflict", "This invitation has already been accepted; the delegate can sign in.");
    if (status === "revoked") throw new AppError("conflict", "This invitation was revoked. Send a new invitation instead.");
    const existing = await tx.user.findUnique({ where: { email: before.email }, select: { role: true } });
    if (!accountMayBecomeDelegate(existing)) throw new AppError("conflict", "This address now has a delegate or organiser account; no invitation is needed.");
    // Conditional on still being open, so a resend racing an accept or a revoke changes nothing.
    const updated = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hashToken(token), expiresAt },
    });
    if (updated.count !== 1) throw new AppError("conflict", "This invitation changed meanwhile. Reload the page to see its status.");
    const { memberState, ...beforeRow } = before;
    const after = await tx.invitation.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await recordAudit(tx, { actorId, action: "invitation.resend", targetType: "invitation", targetId: id, data: { before: beforeRow, after } });
    await queueInvitationMail(tx, { to: before.email, name: before.name, memberStateName: memberState.name, token, expiresAt });
  });
  return { id };
}

export async function revokeInvitation({ actorId, id, now = new Date() }: InvitationByIdInput): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.invitation.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new AppError("not_found", "This invitation no longer exists.");
    if (before.acceptedAt) throw new AppError("conflict", "This invitation has already been accepted, so it cannot be revoked. Change the account instead.");
    if (before.revokedAt) return { id };
    const updated = await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw new AppError("conflict", "This invitation changed meanwhile. Reload the page to see its status.");
    const after = await tx.invitation.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await recordAudit(tx, { actorId, action: "invitation.revoke", targetType: "invitation", targetId: id, data: { before, after } });
    return { id };
  });
}

const REASONS = {
  invalid: "This invitation link is not valid. Check that you copied the whole link, or ask the organisers for a new one.",
  expired: "This invitation link has expired. Ask the organisers to send you a new one.",
  used: "This invitation link has already been used. Sign in with the e-mail address and password you chose.",
  revoked: "This invitation link is no longer valid. Ask the organisers if you still need an account.",
} as const;

/**
 * Accepts an invitation in one transaction: the invitation is claimed by a conditional update (unexpired, unused,
 * unrevoked), then the account is created, or an attendee account is upgraded, as a delegate of the member state.
 * A second use, even a simultaneous one, finds the invitation already claimed.
 */
export async function acceptInvitation({ input, now: at }: AcceptInvitationCommand): Promise<{ email: string }> {
  if (!looksLikeToken(input.token)) throw new AppError("gone", REASONS.invalid);
  const tokenHash = hashToken(input.token);
  const weak = (problem: string | null) => {
    if (problem) throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors: { password: [problem] } });
  };
  weak(passwordProblem(input.password));
  // Hashing is deliberately slow; do it before the transaction so that no locks are held meanwhile.
  const passwordHash = await hashPassword(input.password);
  const now = at ?? new Date();
  return db.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) {
      const inv = await tx.invitation.findUnique({ where: { tokenHash }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } });
      const reason = !inv ? "invalid" : invitationStatus(inv, now) === "accepted" ? "used" : invitationStatus(inv, now) === "revoked" ? "revoked" : "expired";
      throw new AppError("gone", REASONS[reason]);
    }
    const inv = await tx.invitation.findUniqueOrThrow({
      where: { tokenHash },
      select: { id: true, email: true, memberStateId: true, memberState: { select: { name: true } } },
    });
    // Throwing rolls the claim back: the invitation stays usable with a better password.
    weak(passwordProblem(input.password, { email: inv.email }));
    const existing = await tx.user.findUnique({ where: { email: inv.email }, select: { id: true, role: true, name: true, memberStateId: true } });
    if (!accountMayBecomeDelegate(existing)) {
      // Throwing rolls back the claim above, so the invitation stays as it was.
      throw new AppError("conflict", "An account with this e-mail address already exists with more access. Sign in with it instead.");
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          // A new password ends every session the attendee account had (a new session version).
          data: { role: "delegate", memberStateId: inv.memberStateId, passwordHash, name: input.name, sessionVersion: { increment: 1 } },
          select: { id: true, email: true, role: true, memberStateId: true, name: true },
        })
      : await tx.user.create({
          data: { email: inv.email, name: input.name, role: "delegate", memberStateId: inv.memberStateId, passwordHash, emailVerified: now },
          select: { id: true, email: true, role: true, memberStateId: true, name: true },
        });
    await recordAudit(tx, {
      actorId: user.id,
      action: "invitation.accept",
      targetType: "user",
      targetId: user.id,
      data: { invitationId: inv.id, memberState: inv.memberState.name, before: existing ? { role: existing.role, memberStateId: existing.memberStateId, name: existing.name } : null, after: user },
    });
    return { email: user.email };
  });
}
