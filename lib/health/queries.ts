import "server-only";
import { db } from "@/lib/db";
import { describeDatabaseError } from "@/lib/health/probe";

export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: describeDatabaseError(e) };
  }
}
