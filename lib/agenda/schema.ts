import { z } from "zod";
import { optionalWholeNumber } from "@/lib/forums/schema";
import { checkbox } from "@/lib/form-fields";

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const filterId = z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined);

/**
 * The agenda's GET filters. They come from a URL anyone can edit, so every field falls back to "no filter"
 * instead of failing the page.
 */
export const agendaFiltersSchema = z.object({
  view: z.enum(["list", "grid"]).optional().catch(undefined),
  day: z.string().regex(DAY_RE).optional().catch(undefined),
  track: filterId,
  room: filterId,
  kind: z.enum(["plenary", "panel", "workshop", "side_event", "break"]).optional().catch(undefined),
  presenter: z.string().trim().max(120).regex(/^[a-z0-9-]+$/).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => (v ? v : undefined)),
});

export type AgendaFilterInput = z.infer<typeof agendaFiltersSchema>;

/** Reads Next's searchParams (a value may be repeated) into filters. */
export function parseAgendaFilters(params: Record<string, string | string[] | undefined>): AgendaFilterInput {
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== ""));
  return agendaFiltersSchema.parse(first);
}

export const bookmarkSchema = z.object({
  sessionId: z.string({ error: "Choose a session." }).trim().min(1, "Choose a session.").max(64),
});
export type BookmarkInput = z.infer<typeof bookmarkSchema>;

/** One form that saves or removes, so the button's state follows the latest answer. */
export const setBookmarkSchema = bookmarkSchema.extend({
  intent: z.enum(["add", "remove"], { error: "Choose whether to save or remove the session." }),
});

export const calendarFeedScopeSchema = z.object({
  scope: z.enum(["bookmarks", "all_visible"], { error: "Choose what the calendar should contain." }),
});
export type CalendarFeedScopeInput = z.infer<typeof calendarFeedScopeSchema>;

export const revokeFeedSchema = z.object({
  feedId: z.string({ error: "Choose a calendar link." }).trim().min(1, "Choose a calendar link.").max(64),
});
export type RevokeFeedInput = z.infer<typeof revokeFeedSchema>;

// Shared by the session form, the move/resize form, the grid and the server actions.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export const SESSION_KINDS = ["plenary", "panel", "workshop", "side_event", "break"] as const;
export const SESSION_VISIBILITIES = ["public", "registered", "delegates"] as const;
export const SESSION_STATUSES = ["draft", "published", "cancelled"] as const;
export const PRESENTER_ROLES = ["speaker", "moderator", "co_chair"] as const;

const optionalId = z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().min(1).max(64).nullable());

/** Adds one calendar day to YYYY-MM-DD. */
export function nextDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * When a session happens, as entered in the forum's zone. The end date defaults to the start date; a session
 * may run past midnight by giving the next day as its end date, but not for longer than that.
 */
const slotShape = {
  date: z.string().trim().regex(DATE_RE, "Enter the day."),
  start: z.string().trim().regex(TIME_RE, "Enter a start time as HH:mm, for example 09:00."),
  endDate: z.preprocess((v) => (v === undefined || v === null ? "" : v), z.string().trim().refine((v) => v === "" || DATE_RE.test(v), "Enter a date.")),
  end: z.string().trim().regex(TIME_RE, "Enter an end time as HH:mm, for example 10:30."),
  roomId: optionalId,
};

type Slot = { date: string; start: string; endDate: string; end: string };

/**
 * Run the slot check even when unrelated fields (say, the title) are invalid, so the form shows every error at
 * once; skip it only when the slot fields themselves already failed.
 */
export const whenFieldsValid =
  (fields: string[]) =>
  (payload: { issues: { path?: PropertyKey[] }[] }): boolean =>
    // An issue without a path means the input is not an object at all (null, missing): nothing to cross-check.
    !payload.issues.some((i) => !i.path?.length || fields.includes(String(i.path[0])));
const slotCheck = { when: whenFieldsValid(["date", "start", "endDate", "end"]) };

function refineSlot(v: Slot, ctx: z.RefinementCtx) {
  const endDate = v.endDate || v.date;
  if (!DATE_RE.test(v.date) || !DATE_RE.test(endDate) || !TIME_RE.test(v.start) || !TIME_RE.test(v.end)) return;
  if (endDate < v.date) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be before the start date." });
  } else if (endDate > nextDay(v.date)) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "A session can run past midnight into the next day, but no longer." });
  } else if (`${endDate}T${v.end}` <= `${v.date}T${v.start}`) {
    ctx.addIssue({
      code: "custom",
      path: ["end"],
      message: endDate === v.date ? "The end must be after the start. For a session past midnight, set the end date to the next day." : "The end must be after the start.",
    });
  }
}

const withEndDate = <T extends Slot>(v: T) => ({ ...v, endDate: v.endDate || v.date });

export const sessionPresenterSchema = z.object({
  presenterId: z.string().min(1, "Choose a presenter.").max(64),
  role: z.enum(PRESENTER_ROLES, { error: "Choose a role." }),
});

export const sessionFieldsSchema = z
  .object({
    title: z.string().trim().min(1, "Enter a title.").max(200, "Keep the title under 200 characters."),
    abstract: z.string().trim().max(10_000, "Keep the abstract under 10,000 characters.").default(""),
    kind: z.enum(SESSION_KINDS, { error: "Choose a kind of session." }),
    ...slotShape,
    trackId: optionalId,
    visibility: z.enum(SESSION_VISIBILITIES, { error: "Choose who may see this session." }),
    chathamHouse: checkbox(),
    status: z.enum(SESSION_STATUSES, { error: "Choose a status." }).default("draft"),
    expectedAttendance: optionalWholeNumber(0, "Expected attendance cannot be negative."),
    presenters: z
      .array(sessionPresenterSchema)
      .max(30, "Attach at most 30 presenters.")
      .default([])
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((p, i) => {
          if (seen.has(p.presenterId)) ctx.addIssue({ code: "custom", path: [i, "presenterId"], message: "This presenter is already attached." });
          seen.add(p.presenterId);
        });
      }),
  })
  .superRefine(refineSlot, slotCheck)
  .transform(withEndDate);
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

export const createSessionSchema = z.object({ forumId: z.string().min(1), session: sessionFieldsSchema });
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z.object({
  sessionId: z.string().min(1),
  version: z.coerce.number().int().min(1),
  session: sessionFieldsSchema,
});
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

/** Move or resize: a new slot and room, from the grid (drag or keyboard) or the plain form on each block. */
export const moveSessionSchema = z
  .object({ sessionId: z.string().min(1), version: z.coerce.number().int().min(1), ...slotShape })
  .superRefine(refineSlot, slotCheck)
  .transform(withEndDate);
export type MoveSessionInput = z.infer<typeof moveSessionSchema>;

export const sessionRefSchema = z.object({ sessionId: z.string().min(1), version: z.coerce.number().int().min(1) });
export type SessionRef = z.infer<typeof sessionRefSchema>;

/** The session form's fields as the schema wants them; presenters arrive as presenterId/presenterRole pairs. */
export function sessionFieldsFromFormData(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && k !== "presenterId" && k !== "presenterRole") out[k] = v;
  const ids = form.getAll("presenterId").map(String);
  const roles = form.getAll("presenterRole").map(String);
  // Empty rows are kept so that "Choose a presenter." lands on the row the organiser left empty.
  out.presenters = ids.map((presenterId, i) => ({ presenterId, role: roles[i] ?? "speaker" }));
  return out;
}
