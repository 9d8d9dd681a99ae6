import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The key that signs session cookies. Production must set NEXTAUTH_SECRET (instrumentation.ts refuses to start
 * without it); in development one is generated once and kept in .data/ so sessions survive restarts.
 */
export function resolveAuthSecret(): string {
  const fromEnv = process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  // `next build` loads route modules to collect their config but serves nothing, so no key is needed yet;
  // the running server still refuses to start without one (instrumentation.ts).
  if (process.env.NEXT_PHASE === "phase-production-build") return "build-time-placeholder-never-used-to-sign";
  if (process.env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET must be set in production (generate one with `openssl rand -base64 32`).");
  }
  return localAuthSecret();
}

/**
 * The generated key kept in .data/nextauth-secret, created on first use. `npm run dev` uses it, and so does
 * `npm run demo` (a production build on the embedded database, a machine's own demo rather than a deployment).
 */
export function localAuthSecret(root = process.cwd()): string {
  const file = path.join(root, ".data", "nextauth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
