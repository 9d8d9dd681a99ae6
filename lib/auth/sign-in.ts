import "server-only";
import { getUserCredentials } from "@/lib/auth/queries";
import { verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schema";
import { clearSignInFailures, recordSignInFailure, signInAllowed } from "@/lib/rate-limit/sign-in";
import type { Role } from "@/lib/auth/roles";

export type SignInUser = { id: string; email: string; name: string | null; role: Role; sessionVersion: number };
export type SignInAttempt =
  | { ok: true; user: SignInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks e-mail and password behind the throttle. A blocked key is refused before the password is looked at, so
 * the right password does not get through a lock either; unknown e-mail and wrong password answer alike.
 */
export async function attemptSignIn(input: { email: unknown; password: unknown; address: string }): Promise<SignInAttempt> {
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const keys = { account: parsed.data.email, address: input.address };
  const allowed = await signInAllowed(keys);
  if (!allowed.ok) return { ok: false, reason: "throttled", retryAfterSeconds: allowed.retryAfterSeconds };
  const user = await getUserCredentials(parsed.data.email);
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok) {
    await recordSignInFailure(keys);
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(keys.account);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
