"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { deleteMemberStateAction } from "@/lib/member-states/actions";

export function DeleteMemberStateForm({ id, name, openInvitations }: { id: string; name: string; openInvitations: number }) {
  const router = useRouter();
  const { formAction, pending, result } = useAction(deleteMemberStateAction, {
    onSuccess: () => router.push("/manage/member-states?deleted=1"),
  });
  return (
    <form action={formAction} className="mt-4">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <label className="mb-4 flex items-start gap-2 text-sm">
        <input type="checkbox" required className="mt-0.5 h-4 w-4" />
        <span>
          Delete {name} from the list{openInvitations ? `, with its ${openInvitations} open invitation${openInvitations === 1 ? "" : "s"}` : ""}.
        </span>
      </label>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete"}
      </Button>
    </form>
  );
}
