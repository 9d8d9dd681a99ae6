import { z } from "zod";
import { isValidTimeZone } from "@/lib/time";
import { toSlug } from "@/lib/slug";
import { checkbox } from "@/lib/form-fields";

// Shared by the forum, room and track forms and by their server actions: the one source of truth for input.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text = (max: number) => z.string().trim().max(max, `Keep this under ${max} characters.`);
const requiredText = (max: number, message: string) => text(max).min(1, message);

/** "" or missing → null; otherwise a whole number at least `min`. Form fields arrive as strings. */
export const optionalWholeNumber = (min: number, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : typeof v === "string" ? Number(v.trim()) : v),
    z.number({ error: "Enter a whole number." }).int("Enter a whole number.").min(min, message).max(1_000_000, "That number is too large.").nullable(),
  );

const dateField = (message: string) => z.string().trim().regex(DATE_RE, message);
const optionalDate = z.string().trim().refine((v) => v === "" || DATE_RE.test(v), "Enter a date.").default("");
const optionalTime = z.string().trim().refine((v) => v === "" || TIME_RE.test(v), "Enter a time as HH:mm, for example 09:00.").default("");

export const FORUM_STATUSES = ["draft", "published", "archived"] as const;
export const FORUM_STATUS_LABELS: Record<(typeof FORUM_STATUSES)[number], string> = {
  draft: "Draft (organisers only)",
  published: "Published",
  archived: "Archived",
};

/** Lower-case, ASCII, hyphenated: "GABF 2027 – Bali" → "gabf-2027-bali". */
export function suggestSlug(name: string): string {
  return toSlug(name);
}

export const forumSchema = z
  .object({
    name: requiredText(160, "Enter the forum's name."),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Enter a web address for the forum.")
      .max(80, "Keep this under 80 characters.")
      .regex(SLUG_RE, "Use lower-case letters, digits and single hyphens, for example gabf-2027-bali."),
    description: text(10_000).default(""),
    venue: text(200).default(""),
    city: text(120).default(""),
    country: text(120).default(""),
    timeZone: z.string().trim().refine(isValidTimeZone, "Choose a time zone from the list."),
    startsOn: dateField("Enter the first day."),
    endsOn: dateField("Enter the last day."),
    status: z.enum(FORUM_STATUSES, { error: "Choose a status." }).default("draft"),
    capacity: optionalWholeNumber(0, "Capacity cannot be negative."),
    organisationCap: optionalWholeNumber(1, "Allow at least one place per organisation, or leave it empty."),
    registrationOpensOn: optionalDate,
    registrationOpensAt: optionalTime,
    registrationClosesOn: optionalDate,
    registrationClosesAt: optionalTime,
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first day." });
    const opens = pairCheck(v.registrationOpensOn, v.registrationOpensAt, "registrationOpens", ctx);
    const closes = pairCheck(v.registrationClosesOn, v.registrationClosesAt, "registrationCloses", ctx);
    if (opens && closes && closes <= opens) {
      ctx.addIssue({ code: "custom", path: ["registrationClosesOn"], message: "Registration must close after it opens." });
    }
  }, {
    // Check dates even when unrelated fields are wrong, so every error shows at once.
    // An issue without a path means the input is not an object at all (null, missing): nothing to cross-check.
    when: (p) => !p.issues.some((i) => !i.path?.length || ["startsOn", "endsOn", "registrationOpensOn", "registrationOpensAt", "registrationClosesOn", "registrationClosesAt"].includes(String(i.path[0]))),
  });

function pairCheck(day: string, time: string, prefix: string, ctx: z.RefinementCtx): string | null {
  if (!day && !time) return null;
  if (!day) {
    ctx.addIssue({ code: "custom", path: [`${prefix}On`], message: "Enter a date, or clear the time." });
    return null;
  }
  if (!time) {
    ctx.addIssue({ code: "custom", path: [`${prefix}At`], message: "Enter a time, or clear the date." });
    return null;
  }
  return `${day}T${time}`;
}

export type ForumInput = z.infer<typeof forumSchema>;

export const updateForumSchema = z.object({
  forumId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  forum: forumSchema,
});
export type UpdateForumInput = z.infer<typeof updateForumSchema>;

export const roomSchema = z.object({
  name: requiredText(120, "Enter the room's name."),
  capacity: optionalWholeNumber(0, "Capacity cannot be negative."),
});
export type RoomInput = z.infer<typeof roomSchema>;

export const trackSchema = z.object({
  name: requiredText(120, "Enter the track's name."),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Choose a colour, for example #0f766e.")
    .transform((v) => v.toLowerCase()),
});
export type TrackInput = z.infer<typeof trackSchema>;

export const publishAgendaSchema = z.object({
  forumId: z.string().min(1),
  // The number of open issues the organiser saw; a checkbox arrives as "on".
  acknowledgeIssues: checkbox(),
});
export type PublishAgendaInput = z.infer<typeof publishAgendaSchema>;
