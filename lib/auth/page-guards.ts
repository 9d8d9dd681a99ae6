import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { may, type Caller, type Permission } from "@/lib/auth/permissions";

/**
 * For pages (not actions): anonymous visitors go to sign-in, people without the permission get the 403 page.
 * Next renders layouts and pages in parallel, so each organiser page calls this itself rather than trusting the
 * layout.
 */
export async function authorizePage<P extends Permission>(permission: P, callbackUrl = "/manage"): Promise<Caller<P>> {
  const user = await getCurrentUser();
  if (may(user, permission)) return user as Caller<P>;
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  forbidden();
}
