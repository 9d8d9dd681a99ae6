import "server-only";
import type { Tx } from "@/lib/db";

/** What an audit event is about, in one casing (a migration rewrote older rows), so the log's filter lists each once. */
export type AuditTargetType =
  | "forum"
  | "room"
  | "track"
  | "session"
  | "presenter"
  | "member_state"
  | "invitation"
  | "user"
  | "registration"
  | "write_up"
  | "mail_message";

export type AuditInput = {
  actorId: string | null;
  action: string; // "<area>.<verb>", e.g. "session.update"
  targetType: AuditTargetType;
  targetId: string;
  data?: Record<string, unknown>; // the change: { before, after } or the fields written
};

/** Records an organiser write. Call inside the same transaction as the write, so both land or neither does. */
export async function recordAudit(tx: Tx, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: { ...input, data: (input.data ?? {}) as object },
  });
}
