import "server-only";
import { AppError } from "@/lib/errors";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasRole, type CurrentUser, type Role } from "@/lib/auth/roles";

/** Refuses anonymous callers. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Please sign in to continue.");
  return user;
}

/** Refuses callers without one of the roles. Every server action that writes calls this (or requireUser) first. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user, ...roles)) throw new AppError("forbidden", "You do not have permission to do that.");
  return user;
}

export const requireOrganiser = () => requireRole("organiser");
