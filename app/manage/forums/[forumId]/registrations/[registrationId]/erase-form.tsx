"use client";
import { useActionState } from "react";
import { eraseRegistrationAction } from "@/lib/registrations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";

export function EraseForm({ forumId, id }: { forumId: string; id: string }) {
  const [state, formAction, pending] = useActionState(eraseRegistrationAction.bind(null, forumId, id), null);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={formAction} className="max-w-sm">
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
