import "server-only";
import { getUserCredentials } from "@/lib/auth/queries";
import { verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schema";

/** Checks e-mail and password; returns the user or null without saying which part was wrong. */
export async function authenticate(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await getUserCredentials(parsed.data.email);
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
