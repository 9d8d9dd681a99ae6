"use client";
import { useAction } from "@/components/ui/use-action";
import { setBookmarkAction } from "@/lib/agenda/actions";

/** Save or remove a session; the button follows the latest answer. */
export function BookmarkButton({ sessionId, bookmarked, title, compact = false }: { sessionId: string; bookmarked: boolean; title: string; compact?: boolean }) {
  const { result: state, formAction: action, pending } = useAction(setBookmarkAction);
  // The latest successful answer wins over what the page was rendered with.
  const saved = state?.ok ? state.data.bookmarked : bookmarked;
  return (
    <form action={action} className="no-print inline-flex flex-col items-start gap-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="intent" value={saved ? "remove" : "add"} />
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex items-center gap-1.5 rounded border px-3 ${compact ? "py-1 text-xs" : "py-2 text-sm"} font-medium disabled:opacity-60 ${
          saved ? "border-ok bg-ok-light text-ok" : "border-brand bg-white text-brand hover:bg-accent-light"
        }`}
      >
        <span aria-hidden>{saved ? "★" : "☆"}</span>
        {saved ? "In my agenda" : "Add to my agenda"}
        <span className="sr-only">: {title}</span>
      </button>
      <span role="status" aria-live="polite" className="text-xs empty:hidden">
        {state && !state.ok ? <span className="text-danger">{state.message}</span> : null}
      </span>
    </form>
  );
}
