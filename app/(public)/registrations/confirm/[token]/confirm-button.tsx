"use client";
import { confirmEmailAction } from "@/lib/registrations/actions";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";

export function ConfirmButton({ token, alreadyConfirmed, manageToken }: { token: string; alreadyConfirmed: boolean; manageToken?: string }) {
  const { result, submit, pending } = useAction(confirmEmailAction);

  if (result?.ok || alreadyConfirmed) {
    return (
      <div className="mt-6">
        <Alert tone="success" title="Your e-mail address is confirmed">
          <p>Your registration is now with the organisers. We will e-mail you as soon as they decide.</p>
        </Alert>
        <ButtonLink href={`/registrations/${result?.ok ? result.data.manageToken : manageToken}`}>See your registration</ButtonLink>
      </div>
    );
  }

  return (
    <div className="mt-6">
      <p className="mb-4 text-ink">Please confirm that this is your e-mail address to pass your registration to the organisers.</p>
      {result && !result.ok ? (
        <Alert tone="error">
          <p>{result.message}</p>
        </Alert>
      ) : null}
      <Button
        onClick={() => submit({ token })}
        disabled={pending}
        className="w-full sm:w-auto"
      >
        {pending ? "Confirming…" : "Confirm my e-mail address"}
      </Button>
    </div>
  );
}
