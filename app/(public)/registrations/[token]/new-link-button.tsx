"use client";
import { useActionState } from "react";
import { rotateManageLinkAction } from "@/lib/registrations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** A real form (works before the script loads): replaces the manage link and e-mails the new one. */
export function NewLinkButton({ token }: { token: string }) {
  const [state, formAction, pending] = useActionState(rotateManageLinkAction.bind(null, token), null);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={formAction}>
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "E-mail me a new link"}
      </Button>
    </form>
  );
}
