import "server-only";
import type { Tx } from "@/lib/db";
import { queueMail } from "@/lib/mail/mutations";
import { appUrl } from "@/lib/url";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";

/**
 * Queues the invitation e-mail in the caller's transaction. The link carries the only lasting copy of the token
 * (the invitation holds its hash; the queued message's body is erased once delivered).
 */
export async function queueInvitationMail(tx: Tx, opts: { to: string; name: string | null; memberStateName: string; token: string; expiresAt: Date }) {
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
  return queueMail(tx, { kind: "invitation", to: opts.to, subject: `Your delegate invitation for ${opts.memberStateName}`, text });
}
