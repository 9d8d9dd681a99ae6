import "server-only";
import type { NextAuthOptions } from "next-auth";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-config";

/**
 * next-auth reads and refreshes session cookies. Signing in goes through signInAction (lib/auth/actions.ts), a
 * plain POST form with throttling, which issues the cookie itself (lib/auth/session-cookie.ts); there is no
 * second, unthrottled credentials endpoint. The token's `sv` (session version) and `authAt` (sign-in time) are
 * checked on every request by getCurrentUser.
 */
export const authOptions: NextAuthOptions = {
  // The session lives in a signed cookie (JWT); no database adapter is involved.
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
  secret: resolveAuthSecret(),
  pages: { signIn: "/sign-in", error: "/sign-in", signOut: "/" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      if (session.user) {
        const user = session.user as { id?: string; sv?: unknown; authAt?: unknown };
        user.id = token.sub;
        user.sv = token.sv;
        user.authAt = token.authAt;
      }
      return session;
    },
  },
};
