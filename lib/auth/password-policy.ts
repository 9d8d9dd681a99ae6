import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

// The 49,000 most common passwords from breach corpora, as maintained by zxcvbn-ts (only its list is used, not
// its estimator). Few are 12 characters long, so a password is also refused when it is one of them with digits or
// symbols stuck on either end ("password1234!"), or a single character repeated.
const COMMON = new Set(dictionary["passwords-common"] as string[]);

/** Why a new password is refused (a message for the field), or null when it may be used. ASVS 5.0 6.2.1-6.2.4. */
export function passwordProblem(password: string, context: { email?: string | null } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > 200) return "Use at most 200 characters.";
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  const email = context.email?.toLowerCase();
  if (email && (lower === email || (email.split("@")[0]!.length >= 6 && lower.includes(email.split("@")[0]!)))) {
    return "Do not use your e-mail address in your password.";
  }
  if (COMMON.has(lower) || (core.length > 0 && COMMON.has(core)) || /^(.)\1+$/.test(password) || /^\d+$/.test(password)) {
    return "This password is one of the most common ones and easy to guess. Choose a longer phrase of unrelated words.";
  }
  return null;
}
