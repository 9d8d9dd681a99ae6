import { z } from "zod";
import { checkbox, list } from "@/lib/form-fields";

/** The privacy notice a registrant consents to; bump the version whenever its text changes. */
export const PRIVACY_NOTICE_VERSION = "2026-11";

export const SECTORS = [
  "Banking and finance",
  "Technology and social media",
  "Recruitment and labour hire",
  "Manufacturing and supply chains",
  "Agriculture and fisheries",
  "Hospitality and tourism",
  "Construction and property",
  "Legal and professional services",
  "Civil society",
  "Academia and research",
  "Other",
] as const;

export const LIMITS = {
  fullName: 120,
  email: 254,
  jobTitle: 120,
  organisationName: 160,
  country: 80,
  phone: 40,
  needs: 500,
  note: 1000,
  interests: 40,
} as const;

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `Enter your ${label}.` })
    .trim()
    .min(1, `Enter your ${label}.`)
    .max(max, `Keep this to ${max} characters or fewer.`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this to ${max} characters or fewer.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** The fields a registrant can change later through the manage link. */
export const registrationDetailsSchema = z.object({
  fullName: trimmed("full name", LIMITS.fullName),
  jobTitle: trimmed("job title", LIMITS.jobTitle),
  organisationName: trimmed("organisation", LIMITS.organisationName),
  sector: z.enum(SECTORS, { error: "Choose the sector closest to your organisation's." }),
  country: trimmed("country", LIMITS.country),
  phone: optionalText(LIMITS.phone).refine((v) => v === undefined || /^\+?[0-9 ()./-]{5,}$/.test(v), {
    message: "Enter a phone number using digits, spaces and + ( ) - only.",
  }),
  dietaryNeeds: optionalText(LIMITS.needs),
  accessibilityNeeds: optionalText(LIMITS.needs),
  note: optionalText(LIMITS.note),
  sessionIds: list(
    z
      .array(z.string().trim().min(1).max(64))
      .max(LIMITS.interests, `Choose at most ${LIMITS.interests} sessions.`)
      .transform((ids) => [...new Set(ids)]),
  ),
});

export const registrationSchema = registrationDetailsSchema.extend({
  email: z
    .string({ error: "Enter your e-mail address." })
    .trim()
    .min(1, "Enter your e-mail address.")
    .max(LIMITS.email, `Keep this to ${LIMITS.email} characters or fewer.`)
    .pipe(z.email({ error: "Enter an e-mail address like name@example.com." }))
    .transform((v) => v.toLowerCase()),
  consent: checkbox(z.literal(true, { error: "Please confirm that you have read the privacy notice." })),
  // Honeypot: hidden from people, filled in by naive bots. Checked by the action, never stored.
  website: z.string().max(500).optional(),
});

export type RegistrationDetailsInput = z.infer<typeof registrationDetailsSchema>;
export type RegistrationInput = z.infer<typeof registrationSchema>;

export const registrationStatuses = ["pending", "approved", "waitlisted", "declined", "cancelled"] as const;
export type RegistrationStatusValue = (typeof registrationStatuses)[number];

export const queueFilterSchema = z.object({
  status: z.enum([...registrationStatuses, "unconfirmed", "expired", "all"]).catch("all"),
  organisationId: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(["created", "name", "organisation", "status", "waitlist"]).catch("created"),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

export const decisionSchema = z.object({
  forumId: z.string().min(1).max(64),
  ids: list(z.array(z.string().min(1).max(64)).min(1, "Select at least one registration.").max(1000)),
  decision: z.enum(["approve", "waitlist", "decline"]),
  // Anything but "leave" keeps the safe default: waitlist whoever does not fit.
  whenFull: z.enum(["waitlist", "leave"]).catch("waitlist"),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

const checkInCode = z
  .string()
  .trim()
  .max(200)
  .transform((v) => normaliseCheckInCode(v))
  .pipe(z.string().min(1, "Scan a code or type it in."));

/** Check-in by a scanned or typed code, or by a registration picked from the name search. */
export const checkInSchema = z.union([
  z.object({ forumId: z.string().min(1).max(64), registrationId: z.string().min(1).max(64) }),
  z.object({ forumId: z.string().min(1).max(64), registrationId: z.undefined().optional(), code: checkInCode }),
]);

/** Scanners and people type codes with stray spaces, lower case, or the full check-in URL; keep the code only. */
export function normaliseCheckInCode(raw: string): string {
  const last = raw.trim().split(/[/#?=]/).filter(Boolean).pop() ?? "";
  return last.replace(/[\s-]/g, "").toUpperCase();
}
