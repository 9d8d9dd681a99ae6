import bcrypt from "bcryptjs";

const COST = 12;
// Compared against when the e-mail is unknown, so that a miss takes as long as a wrong password.
const DUMMY_HASH = "$2b$12$YDGUvC52vW28fpbss5tZS.JMnbg8u0AtUuWzYbcn51/68NIB.6RyO";

export const PASSWORD_MIN_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && !!hash;
}
