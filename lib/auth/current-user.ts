import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getUserForSession } from "@/lib/auth/queries";
import type { CurrentUser } from "@/lib/auth/roles";

/**
 * The signed-in user, or null. The session cookie only names the user; role and membership are read from the
 * database each request, so a demoted or removed account loses access at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return getUserForSession(id);
});
