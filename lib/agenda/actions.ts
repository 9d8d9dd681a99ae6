"use server";
import { defineAction } from "@/lib/action";
import { appUrl } from "@/lib/url";
import { bookmarkSchema, calendarFeedScopeSchema, revokeFeedSchema, setBookmarkSchema } from "@/lib/agenda/schema";
import { acknowledgeBookmark, createBookmark, createCalendarFeed, deleteBookmark, revokeCalendarFeed } from "@/lib/agenda/mutations";

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
