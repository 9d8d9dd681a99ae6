import { z } from "zod";

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const optionalId = z.string().trim().max(64).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined);

/**
 * The agenda's GET filters. They come from a URL anyone can edit, so every field falls back to "no filter"
 * instead of failing the page.
 */
export const agendaFiltersSchema = z.object({
  view: z.enum(["list", "grid"]).optional().catch(undefined),
  day: z.string().regex(DAY_RE).optional().catch(undefined),
  track: optionalId,
  room: optionalId,
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
