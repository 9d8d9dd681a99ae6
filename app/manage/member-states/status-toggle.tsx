"use client";
import { useAction } from "@/components/ui/use-action";
import { setMemberStateStatusAction } from "@/lib/member-states/actions";

/** One-click member <-> observer switch in the list; the result is announced next to the button. */
export function StatusToggle({ id, name, status }: { id: string; name: string; status: "member" | "observer" }) {
  const { formAction, pending, result } = useAction(setMemberStateStatusAction);
  const next = status === "member" ? "observer" : "member";
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={next} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand bg-white px-2 py-1 text-xs font-medium text-brand hover:bg-accent-light disabled:opacity-60"
      >
        {pending ? "Changing…" : `Make ${next}`}
        <span className="sr-only"> ({name})</span>
      </button>
      <span role="status" className="text-xs">
        {result && !result.ok ? <span className="text-danger">{result.message}</span> : null}
      </span>
    </form>
  );
}
