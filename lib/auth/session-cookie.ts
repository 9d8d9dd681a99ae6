import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { sessionCookie, sessionMaxAgeSeconds } from "@/lib/auth/session-config";
import type { SignInUser } from "@/lib/auth/sign-in";

/**
 * Issues a new session cookie after a successful sign-in: a fresh signed token (never one the browser brought), in
 * next-auth's format so getServerSession reads it, naming the account's session version and the sign-in time.
 * HttpOnly, SameSite=Lax, Secure whenever the public URL is https.
 */
export async function issueSessionCookie(user: SignInUser): Promise<void> {
  const maxAge = sessionMaxAgeSeconds();
  const now = Math.floor(Date.now() / 1000);
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion, authAt: now },
    secret: resolveAuthSecret(),
    maxAge,
  });
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge });
}

export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    if (jar.get(name)) jar.set(name, "", { httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-"), path: "/", maxAge: 0 });
  }
}
