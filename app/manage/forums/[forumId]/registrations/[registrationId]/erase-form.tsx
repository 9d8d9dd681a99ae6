"use client";
import { useAction } from "@/components/ui/use-action";
import { eraseRegistrationAction } from "@/lib/registrations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function EraseForm({ forumId, id }: { forumId: string; id: string }) {
  const { result: state, formAction, pending } = useAction(eraseRegistrationAction);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={formAction} className="max-w-sm">
      <input type="hidden" name="forumId" value={forumId} />
      <input type="hidden" name="id" value={id} />
      {state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.message}</Alert> : null}
      <Field label="Type ERASE to confirm" name="confirm" required errors={state && !state.ok ? state.fieldErrors?.confirm : undefined}>
        {(p) => <Input {...p} autoComplete="off" maxLength={10} />}
      </Field>
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "Erasing…" : "Erase personal data"}
      </Button>
    </form>
  );
}
