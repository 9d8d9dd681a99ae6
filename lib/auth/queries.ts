import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/roles";

/**
 * The account a session token names, if the token's session version is still the account's: sign-out and a new
 * password bump the version, which ends every older session. A token without a version is refused.
 */
export async function getUserForSession(id: string, sessionVersion: number | undefined): Promise<CurrentUser | null> {
  if (typeof sessionVersion !== "number" || !Number.isInteger(sessionVersion)) return null;
  return findUser({ id, sessionVersion });
}

/** An account as a viewer, by id alone: for private calendar feeds, whose secret URL stands in for a session. */
export async function getUserById(id: string): Promise<CurrentUser | null> {
  return findUser({ id });
}

async function findUser(where: { id: string; sessionVersion?: number }): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where,
    select: { id: true, email: true, name: true, role: true, memberStateId: true, memberState: { select: { name: true } } },
  });
  if (!user) return null;
  const { memberState, ...rest } = user;
  return { ...rest, memberStateName: memberState?.name ?? null };
}

export async function getUserCredentials(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
  });
}
