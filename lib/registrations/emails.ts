import "server-only";
import QRCode from "qrcode";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/mutations";
import type { OutgoingMail } from "@/lib/mail/send";
import { dateOnly, formatDayRange } from "@/lib/time";
import { appUrl } from "@/lib/url";
import { calendarFileName, forumCalendar, type ForumForCalendar } from "@/lib/registrations/ics";
import { confirmUrl, formatCheckInCode, manageUrl } from "@/lib/registrations/links";

export type MailRegistration = { id: string; createdAt: Date; email: string; fullName: string; checkInCode: string };
export type MailForum = ForumForCalendar;

export type RegistrationMailKind = "received" | "confirmed" | "approved" | "waitlisted" | "promoted" | "declined" | "cancelled" | "reminder" | "new_link";

/** Kinds whose message carries the manage link (and so needs a freshly issued token). */
export const KINDS_WITH_LINK: ReadonlySet<RegistrationMailKind> = new Set(["received", "confirmed", "approved", "waitlisted", "promoted", "declined", "reminder", "new_link"]);

function where(forum: MailForum): string {
  return [forum.venue, forum.city, forum.country].filter(Boolean).join(", ");
}

function when(forum: MailForum): string {
  return formatDayRange(dateOnly(forum.startsOn), dateOnly(forum.endsOn));
}

/** The QR image attendees show at the door; it holds the check-in code only (no name, no e-mail). */
export async function checkInQrPng(code: string): Promise<Buffer> {
  return QRCode.toBuffer(formatCheckInCode(code), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 320 });
}

const SIGN_OFF = "With kind regards,\nThe forum organisers\n\nThis message was sent by Balai, the registration system of the Bali Process forums.";

/**
 * Queues one registration e-mail in the transaction that made the change it reports, so the two commit or roll
 * back together; the mail queue's worker delivers it, retrying while SMTP fails (lib/mail/worker.ts).
 */
export async function queueRegistrationMail(
  tx: Tx,
  kind: RegistrationMailKind,
  reg: MailRegistration,
  forum: MailForum,
  opts: { confirmToken?: string; manageToken?: string } = {},
): Promise<void> {
  await queueMail(tx, { kind: `registration.${kind}`, registrationId: reg.id, ...(await registrationMail(kind, reg, forum, opts)) });
}

/** The text (and, for a seat, the calendar file and QR code) of one registration e-mail. */
export async function registrationMail(
  kind: RegistrationMailKind,
  reg: MailRegistration,
  forum: MailForum,
  opts: { confirmToken?: string; manageToken?: string } = {},
): Promise<OutgoingMail> {
  // Each message with a link carries the token issued with it; it replaces the links in earlier messages.
  const link = opts.manageToken ? `${manageUrl(opts.manageToken)}\n(This link replaces any link in our earlier messages. Keep it private: whoever has it can change or cancel your registration.)` : appUrl(`/forums/${forum.slug}`);
  const greeting = `Dear ${reg.fullName},`;
  const details = `${forum.name}\n${when(forum)}${where(forum) ? `\n${where(forum)}` : ""}`;
  let subject: string;
  let body: string;
  let withPass = false;

  switch (kind) {
    case "received":
      subject = `Please confirm your e-mail: ${forum.name}`;
      body = [
        `Thank you for registering for:\n\n${details}`,
        `Please confirm your e-mail address within 48 hours by opening this link:\n${opts.confirmToken ? confirmUrl(opts.confirmToken) : link}`,
        "Registrations that are not confirmed within 48 hours expire, and you would need to register again.",
        `You can see, change or cancel your registration at any time here:\n${link}`,
        "If you did not register, you can ignore this message; nothing further will happen.",
      ].join("\n\n");
      break;
    case "confirmed":
      subject = `Registration received: ${forum.name}`;
      body = [
        `Your e-mail address is confirmed and your registration for ${forum.name} (${when(forum)}) is now with the organisers.`,
        "Places are limited and each registration is reviewed. We will write to you as soon as a decision is made.",
        `Your registration: ${link}`,
      ].join("\n\n");
      break;
    case "approved":
      subject = `Your place is confirmed: ${forum.name}`;
      withPass = true;
      body = [
        `We are pleased to confirm your place at:\n\n${details}`,
        `Your check-in code is ${formatCheckInCode(reg.checkInCode)}. Please bring the attached QR code (on your phone or printed) to the registration desk.`,
        "The attached calendar file adds the forum to your calendar.",
        `If your plans change, please update or cancel your registration so that someone on the waiting list can take your seat:\n${link}`,
      ].join("\n\n");
      break;
    case "promoted":
      subject = `A seat has opened for you: ${forum.name}`;
      withPass = true;
      body = [
        `Good news: a seat has become available and you have been moved from the waiting list to the list of confirmed participants for:\n\n${details}`,
        `Your check-in code is ${formatCheckInCode(reg.checkInCode)}. Please bring the attached QR code to the registration desk.`,
        `If you can no longer attend, please cancel so that the next person can take the seat:\n${link}`,
      ].join("\n\n");
      break;
    case "waitlisted":
      subject = `You are on the waiting list: ${forum.name}`;
      body = [
        `All seats for ${forum.name} (${when(forum)}) are currently allocated, so your registration is on the waiting list.`,
        "The waiting list is kept in the order registrations were placed on it. If a seat opens, the first person on the list is offered it automatically and told by e-mail.",
        `Your registration: ${link}`,
      ].join("\n\n");
      break;
    case "declined":
      subject = `Your registration: ${forum.name}`;
      body = [
        `Thank you for your interest in ${forum.name}. We regret that we are unable to offer you a place at this forum.`,
        "Places are limited and the organisers aim for a balance of sectors and countries. We hope to welcome you at a future forum.",
        `Your registration: ${link}`,
      ].join("\n\n");
      break;
    case "reminder":
      subject = `You are already registered: ${forum.name}`;
      body = [
        `Someone (probably you) just filled in the registration form for ${forum.name} (${when(forum)}) with this e-mail address. You are already registered, so nothing was changed and no new registration was made.`,
        `You can see, change or cancel your registration here:\n${link}`,
        "If this was not you, you can ignore this message.",
      ].join("\n\n");
      break;
    case "new_link":
      subject = `Your new registration link: ${forum.name}`;
      body = [
        `As you asked, here is a new link to your registration for ${forum.name}. The old link no longer works.`,
        `Your registration: ${link}`,
      ].join("\n\n");
      break;
    case "cancelled":
      subject = `Registration cancelled: ${forum.name}`;
      body = [
        `Your registration for ${forum.name} (${when(forum)}) has been cancelled. If you held a seat, it has been released.`,
        `If this was a mistake, you can register again from the forum's page while registration is open: ${appUrl(`/forums/${forum.slug}`)}`,
      ].join("\n\n");
      break;
  }

  const attachments = withPass
    ? [
        {
          filename: calendarFileName(forum),
          content: forumCalendar(forum, { url: appUrl(`/forums/${forum.slug}`) }),
          contentType: "text/calendar; charset=utf-8; method=PUBLISH",
        },
        { filename: "check-in-qr.png", content: await checkInQrPng(reg.checkInCode), contentType: "image/png" },
      ]
    : undefined;

  return { to: reg.email, subject, text: `${greeting}\n\n${body}\n\n${SIGN_OFF}\n`, attachments };
}

/**
 * Queues, in the caller's transaction, the organisers' notice that a registrant changed an approved registration
 * through the manage link. It names the fields only: needs can reveal health or religion and belong in the
 * console, not in mailboxes.
 */
export async function queueOrganiserChangeNotice(
  tx: Tx,
  params: { to: string[]; reg: { id: string; fullName: string }; forum: { id: string; name: string }; fields: string[] },
): Promise<void> {
  const labels: Record<string, string> = {
    phone: "phone number",
    dietaryNeeds: "dietary needs",
    accessibilityNeeds: "accessibility needs",
    note: "note to the organisers",
    sessionIds: "sessions of interest",
  };
  const list = params.fields.map((f) => labels[f] ?? f).join(", ");
  const text = [
    `${params.reg.fullName}, whose place at ${params.forum.name} is confirmed, changed their registration: ${list}.`,
    `See the registration: ${appUrl(`/manage/forums/${params.forum.id}/registrations/${params.reg.id}`)}`,
    SIGN_OFF,
  ].join("\n\n");
  for (const to of params.to) {
    await queueMail(tx, { kind: "registration.organiser_notice", to, subject: `Registration changed: ${params.reg.fullName} (${params.forum.name})`, text: `${text}\n` });
  }
}
