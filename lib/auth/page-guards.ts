import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { CurrentUser } from "@/lib/auth/roles";

/**
 * For pages (not actions): anonymous visitors go to sign-in, other roles get the 403 page. Next renders
 * layouts and pages in parallel, so each organiser page calls this itself rather than trusting the layout.
 */
export async function requireOrganiserPage(callbackUrl = "/manage"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  if (user.role !== "organiser") forbidden();
  return user;
}
