import { randomInt } from "node:crypto";
import { hashToken, newToken } from "@/lib/tokens";
import { appUrl } from "@/lib/url";

/**
 * A new manage link: 256 random bits, of which only the hash is stored, so a leaked database reveals no working
 * link. The plain token exists only in the message (or page) that hands it out; every message that carries a link
 * carries a fresh one, which replaces the earlier links (rotation), and the registrant can ask for a new one.
 */
export function newManageToken(): { token: string; hash: string } {
  const token = newToken();
  return { token, hash: hashToken(token) };
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
