import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAIL_PAGE_SIZE, type MailFilter } from "@/lib/mail/schema";

/** One page of outgoing mail, newest first. Bodies are not read: the list shows who, what and how it went. */
export async function listMailMessages(filter: Partial<MailFilter> = {}) {
  const page = filter.page ?? 1;
  const where: Prisma.MailMessageWhereInput = filter.status && filter.status !== "all" ? { status: filter.status } : {};
  const [total, messages] = await Promise.all([
    db.mailMessage.count({ where }),
    db.mailMessage.findMany({
      where,
      select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, lastAttemptAt: true, sentAt: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MAIL_PAGE_SIZE,
      take: MAIL_PAGE_SIZE,
    }),
  ]);
  return { total, page, pageSize: MAIL_PAGE_SIZE, messages };
}

export type MailDeliveryHealth = { queued: number; failing: number; failed: number; oldestQueuedAt: Date | null };

/**
 * What the overview warns about: messages that gave up (failed) and queued ones whose last attempt failed
 * (SMTP is down or refusing, and the queue is retrying).
 */
export async function getMailDeliveryHealth(): Promise<MailDeliveryHealth> {
  const [queued, failing, failed, oldest] = await Promise.all([
    db.mailMessage.count({ where: { status: "queued" } }),
    db.mailMessage.count({ where: { status: "queued", lastError: { not: null } } }),
    db.mailMessage.count({ where: { status: "failed" } }),
    db.mailMessage.findFirst({ where: { status: "queued" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
  ]);
  return { queued, failing, failed, oldestQueuedAt: oldest?.createdAt ?? null };
}
