import "server-only";
import { sendMail } from "@/lib/mail/send";
import { appUrl } from "@/lib/url";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";

/** The invitation e-mail. The link carries the only copy of the token; the database holds its hash. */
export async function sendInvitationMail(opts: { to: string; name: string | null; memberStateName: string; token: string; expiresAt: Date }) {
  const link = appUrl(`/invitations/${opts.token}`);
  const until = `${formatDay(dayInZone(opts.expiresAt, "UTC"))}, ${timeInZone(opts.expiresAt, "UTC")} UTC`;
  const greeting = opts.name ? `Dear ${opts.name},` : "Hello,";
  const text = [
    greeting,
    "",
    `The organisers of the Bali Process forums have invited you to a delegate account for ${opts.memberStateName} on Balai.`,
    "A delegate account shows the full agenda of each forum, including sessions closed to the public, and lets you keep and subscribe to your own agenda.",
    "",
    "To accept, open this link and choose a password:",
    link,
    "",
    `The link works once and until ${until}. If it has expired, ask the organisers to send a new one.`,
    "If you were not expecting this invitation, you can ignore this e-mail; no account is created unless the link is used.",
  ].join("\n");
  return sendMail({ to: opts.to, subject: `Your delegate invitation for ${opts.memberStateName}`, text });
}
