"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireUser } from "@/lib/auth/guards";
import { appUrl } from "@/lib/url";
import { bookmarkSchema, calendarFeedScopeSchema, revokeFeedSchema, setBookmarkSchema } from "@/lib/agenda/schema";
import { acknowledgeBookmark, createBookmark, createCalendarFeed, deleteBookmark, revokeCalendarFeed } from "@/lib/agenda/mutations";

// Actions are called from forms with useActionState (previous state first) or directly with an object.
type Input = FormData | Record<string, unknown>;
const fields = (input: Input) => (input instanceof FormData ? Object.fromEntries(input) : input);

export type BookmarkState = ActionResult<{ sessionId: string; bookmarked: boolean }> | null;

export async function addBookmarkAction(_prev: BookmarkState, input: Input): Promise<ActionResult<{ sessionId: string; bookmarked: boolean }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { sessionId } = bookmarkSchema.parse(fields(input));
    await createBookmark(user, sessionId);
    revalidatePath("/my-agenda");
    return { sessionId, bookmarked: true };
  }, "Saved to your agenda.");
}

export async function removeBookmarkAction(_prev: BookmarkState, input: Input): Promise<ActionResult<{ sessionId: string; bookmarked: boolean }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { sessionId } = bookmarkSchema.parse(fields(input));
    await deleteBookmark(user, sessionId);
    revalidatePath("/my-agenda");
    return { sessionId, bookmarked: false };
  }, "Removed from your agenda.");
}

/** Saves or removes a session depending on the form's `intent`: the bookmark button's one action. */
export async function setBookmarkAction(_prev: BookmarkState, input: Input): Promise<ActionResult<{ sessionId: string; bookmarked: boolean }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { sessionId, intent } = setBookmarkSchema.parse(fields(input));
    if (intent === "add") await createBookmark(user, sessionId);
    else await deleteBookmark(user, sessionId);
    revalidatePath("/my-agenda");
    return { sessionId, bookmarked: intent === "add" };
  });
}

export async function acknowledgeBookmarkAction(_prev: unknown, input: Input): Promise<ActionResult<{ seenVersion: number }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { sessionId } = bookmarkSchema.parse(fields(input));
    const result = await acknowledgeBookmark(user, sessionId);
    revalidatePath("/my-agenda");
    return result;
  }, "Marked as read.");
}

export type FeedState = ActionResult<{ id: string; url: string; scope: string }> | ActionResult<{ id: string }> | null;

/** Creates (or regenerates) a private calendar link; the URL is shown once, in the result. */
export async function createCalendarFeedAction(_prev: unknown, input: Input): Promise<ActionResult<{ id: string; url: string; scope: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { scope } = calendarFeedScopeSchema.parse(fields(input));
    const feed = await createCalendarFeed(user, scope);
    revalidatePath("/my-agenda");
    return { id: feed.id, scope: feed.scope, url: appUrl(`/api/calendar/feeds/${feed.token}`) };
  }, "Your new calendar link is ready. Any earlier link of this kind has stopped working.");
}

export async function revokeCalendarFeedAction(_prev: unknown, input: Input): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { feedId } = revokeFeedSchema.parse(fields(input));
    await revokeCalendarFeed(user, feedId);
    revalidatePath("/my-agenda");
    return { id: feedId };
  }, "The calendar link has been turned off.");
}
