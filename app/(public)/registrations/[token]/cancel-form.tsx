"use client";
import { useAction } from "@/components/ui/use-action";
import { cancelRegistrationAction } from "@/lib/registrations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Cancelling (and optionally asking for erasure) needs a ticked box: a stray tap must not give up a seat. */
export function CancelForm({ token, active, holdsSeat }: { token: string; active: boolean; holdsSeat: boolean }) {
  const { result: state, formAction, pending } = useAction(cancelRegistrationAction);
  if (state?.ok) {
    return (
      <Alert tone="success" title={state.data.outcome === "cancelled" ? "Your registration is cancelled" : "Done"}>
        <p>We have sent you a confirmation by e-mail.</p>
      </Alert>
    );
  }
  const confirmError = state && !state.ok ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={formAction} className="space-y-3 text-sm">
      <input type="hidden" name="token" value={token} />
      {state && !state.ok && !confirmError ? <Alert tone="error">{state.message}</Alert> : null}
      <p className="text-ink">
        {active
          ? holdsSeat
            ? "If you can no longer attend, please cancel: your seat goes straight to the first person on the waiting list."
            : "If you no longer wish to attend, you can withdraw your registration."
          : "You can ask the organisers to erase the personal data held for this registration."}
      </p>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="requestDeletion" defaultChecked={!active} className="mt-0.5 h-5 w-5 shrink-0" />
        <span>Also ask the organisers to erase my personal data (this cannot be undone).</span>
      </label>
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          name="confirm"
          value="yes"
          aria-invalid={confirmError ? true : undefined}
          aria-describedby={confirmError ? "cancel-confirm-error" : undefined}
          className="mt-0.5 h-5 w-5 shrink-0"
        />
        <span>{active ? "Yes, cancel my registration." : "Yes, ask for erasure."}</span>
      </label>
      {confirmError ? (
        <p id="cancel-confirm-error" className="text-danger" role="alert">
          {confirmError.join(" ")}
        </p>
      ) : null}
      <Button type="submit" variant="danger" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : active ? "Cancel my registration" : "Ask for erasure"}
      </Button>
    </form>
  );
}
