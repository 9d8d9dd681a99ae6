import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getUserForSession } from "@/lib/auth/queries";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-config";
import type { CurrentUser } from "@/lib/auth/roles";

/**
 * The signed-in user, or null. The session cookie only names the user, the session version it was issued under
 * and when they signed in; role and membership are read from the database each request, so a demoted or removed
 * account loses access at once, and sign-out or a new password (a new session version) ends every older session.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const claims = session?.user as { id?: string; sv?: unknown; authAt?: unknown } | undefined;
  if (!claims?.id) return null;
  const authAt = typeof claims.authAt === "number" ? claims.authAt : 0;
  if (Date.now() / 1000 - authAt > sessionMaxAgeSeconds()) return null;
  return getUserForSession(claims.id, typeof claims.sv === "number" ? claims.sv : undefined);
});
