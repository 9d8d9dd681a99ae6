import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/roles";

export async function getUserForSession(id: string): Promise<CurrentUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, memberStateId: true, memberState: { select: { name: true } } },
  });
  if (!user) return null;
  const { memberState, ...rest } = user;
  return { ...rest, memberStateName: memberState?.name ?? null };
}

export async function getUserCredentials(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
}
