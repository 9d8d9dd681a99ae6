"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { deletePresenterAction } from "@/lib/presenters/actions";

export function DeletePresenterForm({ id, name, sessionCount }: { id: string; name: string; sessionCount: number }) {
  const router = useRouter();
  const { formRef, formAction, pending, result } = useAction(deletePresenterAction, {
    onSuccess: () => router.push("/manage/presenters?deleted=1"),
  });
  return (
    <form ref={formRef} action={formAction} className="mt-4">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      {sessionCount > 0 ? (
        <label className="mb-4 flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirmedSessionCount" value={sessionCount} required className="mt-0.5 h-4 w-4" />
          <span>
            I understand that {name} will be removed from the {sessionCount === 1 ? "session" : `${sessionCount} sessions`} listed above,
            and that published agendas will no longer name them.
          </span>
        </label>
      ) : (
        <input type="hidden" name="confirmedSessionCount" value="0" />
      )}
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete presenter"}
      </Button>
    </form>
  );
}
