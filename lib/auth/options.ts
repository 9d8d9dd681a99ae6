import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveAuthSecret } from "@/lib/auth/secret";

const SESSION_HOURS = 12;

export const authOptions: NextAuthOptions = {
  // Credentials sign-in keeps the session in a signed cookie (JWT); no database adapter is involved.
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  secret: resolveAuthSecret(),
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => authenticate(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
