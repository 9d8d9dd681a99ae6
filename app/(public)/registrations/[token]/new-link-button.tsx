"use client";
import { rotateManageLinkAction } from "@/lib/registrations/actions";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Replaces the manage link and e-mails the new one. */
export function NewLinkButton({ token }: { token: string }) {
  const { result: state, formAction, pending } = useAction(rotateManageLinkAction);
  if (state?.ok) return <Alert tone="success">{state.message}</Alert>;
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Sending…" : "E-mail me a new link"}
      </Button>
    </form>
  );
}
