import "server-only";
import { db } from "@/lib/db";
import { hashToken, looksLikeToken } from "@/lib/tokens";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/schema";

/** Invitations for the console, newest first, with a status derived from their timestamps. */
export async function listInvitations({ status, now = new Date() }: { status?: InvitationStatus; now?: Date } = {}) {
  const where =
    status === "accepted"
      ? { acceptedAt: { not: null } }
      : status === "revoked"
        ? { acceptedAt: null, revokedAt: { not: null } }
        : status === "expired"
          ? { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } }
          : status === "pending"
            ? { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }
            : {};
  const rows = await db.invitation.findMany({
    where,
    select: {
      id: true,
      email: true,
      name: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      createdAt: true,
      memberState: { select: { id: true, name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return rows.map((r) => ({ ...r, status: invitationStatus(r, now) }));
}

/** Delegate accounts, by member state then e-mail. */
export async function listDelegates() {
  return db.user.findMany({
    where: { role: "delegate" },
    select: { id: true, name: true, email: true, createdAt: true, memberState: { select: { id: true, name: true } } },
    orderBy: [{ memberState: { name: "asc" } }, { email: "asc" }],
  });
}

export type InvitationLookup =
  | { state: "valid"; email: string; name: string | null; memberStateName: string; expiresAt: Date }
  | { state: "invalid" | "expired" | "used" | "revoked" };

/**
 * What the accept page may show for a token. A token that does not match (tampered, truncated, replaced by a
 * resend) says only that the link is not valid; it never reveals whether an invitation exists for anyone.
 */
export async function getInvitationByToken(token: string, now = new Date()): Promise<InvitationLookup> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, name: true, expiresAt: true, acceptedAt: true, revokedAt: true, memberState: { select: { name: true } } },
  });
  if (!inv) return { state: "invalid" };
  const status = invitationStatus(inv, now);
  if (status === "accepted") return { state: "used" };
  if (status === "revoked") return { state: "revoked" };
  if (status === "expired") return { state: "expired" };
  return { state: "valid", email: inv.email, name: inv.name, memberStateName: inv.memberState.name, expiresAt: inv.expiresAt };
}
