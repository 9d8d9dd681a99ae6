"use client";
import { useAction } from "@/components/ui/use-action";
import { retryMailAction } from "@/lib/mail/actions";

/** Retry for one failed message, with the outcome beside the button. */
export function RetryButton({ id, to }: { id: string; to: string }) {
  const retry = useAction(retryMailAction);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={retry.formAction}>
        <input type="hidden" name="id" value={id} />
        <button type="submit" disabled={retry.pending} className="rounded border border-brand bg-white px-2 py-1 text-xs font-medium text-brand hover:bg-accent-light disabled:opacity-60">
          {retry.pending ? "Queuing…" : "Retry"}
          <span className="sr-only"> the message to {to}</span>
        </button>
      </form>
      <span role="status" className="text-xs">
        {retry.result ? <span className={retry.result.ok ? "text-ok" : "text-danger"}>{retry.result.message}</span> : null}
      </span>
    </div>
  );
}
