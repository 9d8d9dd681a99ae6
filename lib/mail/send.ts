import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

export type OutgoingMail = {
  /** The queued message's id: becomes the Message-ID, so a receiving server can spot a repeated delivery. */
  id?: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: Mail.Attachment[];
};

/** Where development and test mail lands: one .eml and one .json per message. */
export function outboxDir(): string {
  return process.env.MAIL_OUTBOX_DIR || path.join(process.cwd(), ".data", "outbox");
}

function from(): string {
  return process.env.MAIL_FROM || "Balai <no-reply@balai.local>";
}

let smtp: { url: string; transport: nodemailer.Transporter } | undefined;

function smtpTransport(url: string): nodemailer.Transporter {
  if (smtp?.url !== url) {
    smtp?.transport.close();
    // Bounded waits: a hung SMTP server fails the attempt (to be retried later) instead of holding a worker.
    smtp = { url, transport: nodemailer.createTransport(url, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 }) };
  }
  return smtp.transport;
}

/**
 * Delivers one message: through SMTP when SMTP_URL is set, otherwise into the outbox folder (shown at /dev/mail).
 * Only the mail queue's worker calls this (lib/mail/worker.ts); everything else queues mail in its transaction.
 * Throws when SMTP refuses or cannot be reached, so the queue tries again later.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ id: string }> {
  const { id: messageKey, ...rest } = mail;
  const message: Mail.Options = {
    from: from(),
    ...rest,
    ...(messageKey ? { messageId: `<${messageKey}@balai.mail>`, headers: { "X-Balai-Message-Id": messageKey } } : {}),
  };
  if (process.env.SMTP_URL && process.env.MAIL_TRANSPORT !== "outbox") {
    const info = await smtpTransport(process.env.SMTP_URL).sendMail(message);
    return { id: info.messageId };
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }).sendMail(message);
  const id = `${new Date().toISOString().replace(/[:.]/g, "-")}_${randomUUID().slice(0, 8)}`;
  const dir = outboxDir();
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `${id}.eml`), built.message as Buffer);
  const summary = {
    id,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    at: new Date().toISOString(),
    attachments: (mail.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType })),
  };
  // Written under a temporary name and renamed, so a reader (the /dev/mail page, a test) never sees half a file.
  await fs.writeFile(path.join(dir, `.${id}.json.tmp`), JSON.stringify(summary, null, 2));
  await fs.rename(path.join(dir, `.${id}.json.tmp`), path.join(dir, `${id}.json`));
  return { id };
}
