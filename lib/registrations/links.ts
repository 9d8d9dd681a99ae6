import { createHmac, randomInt } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { hashToken } from "@/lib/tokens";
import { appUrl } from "@/lib/url";

/**
 * The manage link's token is an HMAC of the registration's id and creation time under the server secret, so that
 * every e-mail (approved, promoted, ...) can carry a working link while the database holds only its hash: a leaked
 * database reveals no link, and erasure or replacement (new createdAt, or a random hash) revokes it for good.
 */
export function manageTokenFor(reg: { id: string; createdAt: Date }): string {
  return createHmac("sha256", resolveAuthSecret())
    .update(`registration-manage:${reg.id}:${reg.createdAt.toISOString()}`)
    .digest("base64url");
}

export function manageTokenHashFor(reg: { id: string; createdAt: Date }): string {
  return hashToken(manageTokenFor(reg));
}

export const manageUrl = (token: string) => appUrl(`/registrations/${token}`);
export const confirmUrl = (token: string) => appUrl(`/registrations/confirm/${token}`);
export const calendarUrl = (token: string) => `/api/registrations/${token}/calendar`;
export const dataExportUrl = (token: string) => `/api/registrations/${token}/data`;

// Crockford's base32 without the letters people misread (I, L, O, U).
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A 60-bit check-in code, e.g. "7KQ2-M9XD-4RTA": short enough to type, long enough not to guess. */
export function newCheckInCode(): string {
  let out = "";
  for (let i = 0; i < 12; i += 1) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

export function formatCheckInCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

/** Manage links work until 30 days after the forum's last day, so that attendees can still export or delete data. */
export function manageExpiryFor(forumEndsOn: Date): Date {
  return new Date(forumEndsOn.getTime() + 31 * 86_400_000);
}

export const CONFIRM_WINDOW_MS = 48 * 3_600_000;
