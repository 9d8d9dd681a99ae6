import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAIL_MAX_ATTEMPTS, MAIL_TASK } from "@/lib/mail/jobs";
import type { OutgoingMail } from "@/lib/mail/send";

export type StoredAttachment = { filename?: string; contentType?: string; contentBase64: string };

export type QueueMailInput = OutgoingMail & { kind: string; registrationId?: string };

function toBase64(content: unknown): string {
  if (Buffer.isBuffer(content)) return content.toString("base64");
  if (typeof content === "string") return Buffer.from(content, "utf8").toString("base64");
  throw new Error("Queued mail attachments must be a Buffer or a string");
}

/**
 * Queues one e-mail inside the caller's transaction: the message row and its job commit or roll back with the
 * change they report. The job key is the message id, so queueing it again (a retry) replaces rather than doubles.
 */
export async function queueMail(tx: Tx, mail: QueueMailInput): Promise<{ id: string }> {
  const id = randomUUID();
  const attachments: StoredAttachment[] | undefined = mail.attachments?.map((a) => ({
    filename: a.filename || undefined,
    contentType: a.contentType,
    contentBase64: toBase64(a.content),
  }));
  await tx.mailMessage.create({
    data: { id, kind: mail.kind, registrationId: mail.registrationId ?? null, to: mail.to, subject: mail.subject, text: mail.text, attachments: attachments ?? undefined },
  });
  await addMailJob(tx, id);
  return { id };
}

async function addMailJob(tx: Tx, id: string) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(${MAIL_TASK}::text, json_build_object('id', ${id}::text), max_attempts => ${MAIL_MAX_ATTEMPTS}::int, job_key => ${id}::text)`;
}

export type MailForDelivery = { id: string; to: string; subject: string; text: string; attachments: StoredAttachment[] };

/** The message a job is about to send; null when it was already sent (a job run twice sends once). */
export async function getMailForDelivery(id: string): Promise<MailForDelivery | null> {
  const row = await db.mailMessage.findUnique({ where: { id }, select: { id: true, to: true, subject: true, text: true, attachments: true, status: true } });
  if (!row || row.status === "sent" || row.text === null) return null;
  return { id: row.id, to: row.to, subject: row.subject, text: row.text, attachments: (row.attachments as StoredAttachment[] | null) ?? [] };
}

/** Marks a message delivered and erases its body and attachments, which can hold one-time links. */
export async function markMailSent(id: string, now = new Date()): Promise<void> {
  await db.mailMessage.update({
    where: { id },
    data: { status: "sent", sentAt: now, lastAttemptAt: now, attempts: { increment: 1 }, lastError: null, text: null, attachments: Prisma.DbNull },
  });
}

/** Records a failed attempt; after the last one the message is marked failed, for an organiser to retry. */
export async function recordMailFailure(id: string, error: string, final: boolean, now = new Date()): Promise<void> {
  await db.mailMessage.updateMany({
    where: { id, status: { not: "sent" } },
    data: { status: final ? "failed" : "queued", lastError: error.slice(0, 1000), lastAttemptAt: now, attempts: { increment: 1 } },
  });
}

/**
 * Part of erasing a registration: messages not yet delivered are dropped (their jobs then find nothing to send)
 * and the delivery record of sent ones keeps no address.
 */
export async function eraseRegistrationMail(tx: Tx, registrationId: string, erasedEmail: string): Promise<void> {
  await tx.mailMessage.deleteMany({ where: { registrationId, status: { not: "sent" } } });
  await tx.mailMessage.updateMany({ where: { registrationId }, data: { to: erasedEmail } });
}

/** Queues a failed message again with a fresh round of attempts. Only failed messages can be retried. */
export async function retryMail(params: { id: string; actorId: string }): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.mailMessage.updateMany({ where: { id: params.id, status: "failed" }, data: { status: "queued" } });
    if (count !== 1) {
      const row = await tx.mailMessage.findUnique({ where: { id: params.id }, select: { status: true } });
      if (!row) throw new AppError("not_found", "This message no longer exists.");
      throw new AppError("conflict", row.status === "sent" ? "This message has been delivered meanwhile." : "This message is already queued for another attempt.");
    }
    await addMailJob(tx, params.id);
    await recordAudit(tx, { actorId: params.actorId, action: "mail.retry", targetType: "mail_message", targetId: params.id });
    return { id: params.id };
  });
}
