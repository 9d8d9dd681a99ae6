"use client";
import { useId } from "react";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/agenda/actions";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

type Feed = { id: string; scope: "bookmarks" | "all_visible"; createdAt: string };

const SCOPE_LABELS = { bookmarks: "My saved sessions", all_visible: "Every session I may attend" } as const;

function CreateFeed({ scope, hasLive }: { scope: Feed["scope"]; hasLive: boolean }) {
  const { result: state, formAction: action, pending } = useAction(createCalendarFeedAction);
  const urlId = useId();
  return (
    <div className="space-y-2">
      <form action={action}>
        <input type="hidden" name="scope" value={scope} />
        <button type="submit" disabled={pending} className={buttonClass(hasLive ? "secondary" : "primary")}>
          {hasLive ? `New link for “${SCOPE_LABELS[scope]}” (turns off the old one)` : `Create a link for “${SCOPE_LABELS[scope]}”`}
        </button>
      </form>
      {state?.ok ? (
        <div className="rounded border border-ok bg-ok-light p-3 text-sm">
          <label htmlFor={urlId} className="block font-semibold">
            Your private calendar link. Copy it now: it is shown only once.
          </label>
          <input id={urlId} readOnly value={state.data.url} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1 font-mono text-xs" />
          <p className="mt-1 text-muted">Add it to your calendar app as a subscription (“From URL”). Anyone with the link can read it, so keep it to yourself.</p>
        </div>
      ) : state && !state.ok ? (
        <Alert tone="error">{state.message}</Alert>
      ) : null}
    </div>
  );
}

function RevokeFeed({ feed }: { feed: Feed }) {
  const { result: state, formAction: action, pending } = useAction(revokeCalendarFeedAction);
  if (state?.ok) return <p role="status" className="text-sm text-ok">Turned off.</p>;
  return (
    <form action={action} className="inline-flex flex-col gap-1">
      <input type="hidden" name="feedId" value={feed.id} />
      <button type="submit" disabled={pending} className={buttonClass("danger", "py-1 text-xs")}>
        Turn off<span className="sr-only"> the link for {SCOPE_LABELS[feed.scope]}</span>
      </button>
      <span role="status" className="text-xs text-danger">
        {state && !state.ok ? state.message : null}
      </span>
    </form>
  );
}

/** Private calendar links: create, regenerate (revoking the old one) and turn off. */
export function CalendarFeeds({ feeds, canSubscribeAll }: { feeds: Feed[]; canSubscribeAll: boolean }) {
  const scopes: Feed["scope"][] = canSubscribeAll ? ["bookmarks", "all_visible"] : ["bookmarks"];
  return (
    <div className="space-y-4">
      {feeds.length ? (
        <ul className="divide-y divide-line rounded border border-line bg-white">
          {feeds.map((f) => (
            <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <span>
                <span className="font-medium">{SCOPE_LABELS[f.scope]}</span>
                <span className="text-muted"> · link created {f.createdAt}</span>
              </span>
              <RevokeFeed feed={f} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted">You have no calendar links yet.</p>
      )}
      {scopes.map((scope) => (
        <CreateFeed key={scope} scope={scope} hasLive={feeds.some((f) => f.scope === scope)} />
      ))}
    </div>
  );
}
