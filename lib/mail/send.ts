import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";

export type OutgoingMail = {
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

let smtp: nodemailer.Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set; otherwise writes the message to the outbox folder (shown at
 * /dev/mail), so that no e-mail is silently dropped in development.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ id: string }> {
  const message: Mail.Options = { from: from(), ...mail };
  if (process.env.SMTP_URL && process.env.MAIL_TRANSPORT !== "outbox") {
    smtp ??= nodemailer.createTransport(process.env.SMTP_URL);
    const info = await smtp.sendMail(message);
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
  await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(summary, null, 2));
  return { id };
}
