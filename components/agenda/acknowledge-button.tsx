"use client";
import { useAction } from "@/components/ui/use-action";
import { acknowledgeBookmarkAction } from "@/lib/agenda/actions";

/** "Mark as read" for a saved session that changed: the notice goes away until the next change. */
export function AcknowledgeButton({ sessionId, title }: { sessionId: string; title: string }) {
  const { result: state, formAction: action, pending } = useAction(acknowledgeBookmarkAction);
  if (state?.ok) return <p role="status" className="text-sm text-ok">Marked as read.</p>;
  return (
    <form action={action} className="no-print inline-flex flex-col gap-1">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={pending} className="rounded border border-brand bg-white px-3 py-1 text-xs font-medium text-brand hover:bg-accent-light disabled:opacity-60">
        Mark as read<span className="sr-only">: {title}</span>
      </button>
      <span role="status" className="text-xs text-danger">
        {state && !state.ok ? state.message : null}
      </span>
    </form>
  );
}
