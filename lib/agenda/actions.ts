"use server";
import { defineAction, type Revalidation } from "@/lib/action";
import { appUrl } from "@/lib/url";
import { bookmarkSchema, calendarFeedScopeSchema, revokeFeedSchema, setBookmarkSchema, moveSessionSchema, sessionFieldsSchema, sessionRefSchema } from "@/lib/agenda/schema";
import { acknowledgeBookmark, createBookmark, createCalendarFeed, deleteBookmark, revokeCalendarFeed, cancelSession, createSession, deleteSession, duplicateSession, moveSession, reinstateSession, updateSession } from "@/lib/agenda/mutations";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { checkbox, id } from "@/lib/form-fields";
import { zonedToUtc } from "@/lib/time";
import { getCandidateContext, listIssuesForCandidate, readSessionIssues } from "@/lib/agenda/queries";

const myAgenda = () => ["/my-agenda"];

export const addBookmarkAction = defineAction({
  permission: "agenda.bookmark",
  input: bookmarkSchema,
  run: async ({ input: { sessionId }, user }) => {
    await createBookmark(user, sessionId);
    return { sessionId, bookmarked: true };
  },
  revalidate: myAgenda,
  message: "Saved to your agenda.",
});

export const removeBookmarkAction = defineAction({
  permission: "agenda.bookmark",
  input: bookmarkSchema,
  run: async ({ input: { sessionId }, user }) => {
    await deleteBookmark(user, sessionId);
    return { sessionId, bookmarked: false };
  },
  revalidate: myAgenda,
  message: "Removed from your agenda.",
});

/** Saves or removes a session depending on the form's `intent`: the bookmark button's one action. */
export const setBookmarkAction = defineAction({
  permission: "agenda.bookmark",
  input: setBookmarkSchema,
  run: async ({ input: { sessionId, intent }, user }) => {
    if (intent === "add") await createBookmark(user, sessionId);
    else await deleteBookmark(user, sessionId);
    return { sessionId, bookmarked: intent === "add" };
  },
  revalidate: myAgenda,
});

export const acknowledgeBookmarkAction = defineAction({
  permission: "agenda.bookmark",
  input: bookmarkSchema,
  run: ({ input, user }) => acknowledgeBookmark(user, input.sessionId),
  revalidate: myAgenda,
  message: "Marked as read.",
});

/** Creates (or regenerates) a private calendar link; the URL is shown once, in the result. */
export const createCalendarFeedAction = defineAction({
  permission: "calendar-feeds.own",
  input: calendarFeedScopeSchema,
  run: async ({ input, user }) => {
    const feed = await createCalendarFeed(user, input.scope);
    return { id: feed.id, scope: feed.scope, url: appUrl(`/api/calendar/feeds/${feed.token}`) };
  },
  revalidate: myAgenda,
  message: "Your new calendar link is ready. Any earlier link of this kind has stopped working.",
});

export const revokeCalendarFeedAction = defineAction({
  permission: "calendar-feeds.own",
  input: revokeFeedSchema,
  run: async ({ input, user }) => {
    await revokeCalendarFeed(user, input.feedId);
    return { id: input.feedId };
  },
  revalidate: myAgenda,
  message: "The calendar link has been turned off.",
});

const agendaPages = ({ forumId, slug }: { forumId: string; slug: string }): Revalidation[] => [
  { path: `/manage/forums/${forumId}`, type: "layout" },
  "/manage",
  { path: `/forums/${slug}`, type: "layout" },
];

// Fields are parsed on their own (in `run`) so that errors carry the form's field names ("title", not "session.title").
export const createSessionAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ forumId: id, session: z.unknown() }),
  run: async ({ input: { forumId, session }, user }) => {
    const result = await createSession({ actor: user, input: { forumId, session: sessionFieldsSchema.parse(session) } });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session created.",
});

export const updateSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema.extend({ session: z.unknown() }),
  run: async ({ input: { sessionId, version, session }, user }) => {
    const result = await updateSession({ actor: user, input: { sessionId, version, session: sessionFieldsSchema.parse(session) } });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session saved.",
});

export const moveSessionAction = defineAction({
  permission: "sessions.manage",
  input: moveSessionSchema,
  run: async ({ input, user }) => {
    const result = await moveSession({ actor: user, input });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session moved.",
});

export const duplicateSessionAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ sessionId: id }),
  run: ({ input, user }) => duplicateSession({ actor: user, sessionId: input.sessionId }),
  revalidate: agendaPages,
  message: "Session duplicated as a draft.",
});

export const cancelSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema,
  run: ({ input, user }) => cancelSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session cancelled.",
});

export const reinstateSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema,
  run: ({ input, user }) => reinstateSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session reinstated.",
});

export const deleteSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema.extend({ confirm: checkbox().refine((v) => v, "Tick this box to confirm the deletion.") }),
  run: ({ input, user }) => deleteSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session deleted.",
});

/**
 * Conflicts of the values being edited against the saved agenda, for the live panel in the session form.
 * Incomplete values are not an error here (the form is mid-edit): they simply have no conflicts yet.
 */
export const checkSessionConflictsAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ forumId: id, sessionId: z.string().optional(), session: z.unknown() }),
  run: async ({ input: { forumId, sessionId, session } }) => {
    const parsed = sessionFieldsSchema.safeParse(session);
    if (!parsed.success) return { issues: [] };
    const v = parsed.data;
    const ctx = await getCandidateContext(forumId, v.roomId, v.presenters.map((p) => p.presenterId));
    const zone = ctx.timeZone;
    if (!zone) throw new AppError("not_found", "That forum no longer exists.");
    const startsAt = zonedToUtc(v.date, v.start, zone);
    const endsAt = zonedToUtc(v.endDate, v.end, zone);
    if (endsAt <= startsAt) return { issues: [] };
    const issues = await listIssuesForCandidate(
      forumId,
      {
        id: sessionId || "(new session)",
        title: v.title || "This session",
        startsAt,
        endsAt,
        kind: v.kind,
        roomId: ctx.room?.id ?? null,
        roomName: ctx.room?.name ?? null,
        roomCapacity: ctx.room?.capacity ?? null,
        expectedAttendance: v.expectedAttendance,
        presenterIds: v.presenters.map((p) => p.presenterId),
        status: v.status,
      },
      ctx.presenterNames,
    );
    return { issues };
  },
});
