"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { endAllSessions } from "@/lib/auth/mutations";
import { SIGN_IN_FAILED } from "@/lib/auth/schema";
import { clearSessionCookie, issueSessionCookie } from "@/lib/auth/session-cookie";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { describeWait } from "@/lib/rate-limit/mutations";
import { clientAddressFrom } from "@/lib/security/client-address";
import { safeRedirectPath } from "@/lib/security/redirect";
import { appUrl } from "@/lib/url";

export type SignInState = { error?: string; email?: string };

/**
 * The sign-in form posts here as a plain POST form, so it works before (or without) the page's script and the
 * password never lands in an address. Throttled per account and per address; on success a fresh session cookie is
 * issued and the visitor goes to a same-origin callback only.
 */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = formData.get("email");
  const attempt = await attemptSignIn({ email, password: formData.get("password"), address: clientAddressFrom(await headers()) });
  const typed = typeof email === "string" ? email.slice(0, 254) : "";
  if (!attempt.ok) {
    if (attempt.reason === "throttled") {
      return { email: typed, error: `Too many unsuccessful attempts. Please wait ${describeWait(attempt.retryAfterSeconds)} and try again.` };
    }
    return { email: typed, error: SIGN_IN_FAILED };
  }
  await issueSessionCookie(attempt.user);
  redirect(safeRedirectPath(formData.get("callbackUrl"), new URL(appUrl()).origin));
}

/** Ends every session of the signed-in user (all devices, copied cookies included) and clears this browser's. */
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await endAllSessions(user.id);
  await clearSessionCookie();
  redirect("/");
}
