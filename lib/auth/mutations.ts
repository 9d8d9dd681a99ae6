import "server-only";
import { db, type Tx } from "@/lib/db";

/** Ends every session of this user: each session token names the version it was issued under. */
export async function endAllSessions(userId: string, tx: Tx | typeof db = db): Promise<void> {
  await tx.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
