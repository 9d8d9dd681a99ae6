"use client";
import { useState } from "react";
import { updateRegistrationAction } from "@/lib/registrations/actions";
import { registrationDetailsSchema } from "@/lib/registrations/schema";
import { fieldErrorsOf, formValues } from "@/lib/action-result";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RegistrationFields, type FieldErrors, type RegistrationDefaults, type SessionOption } from "@/app/(public)/registrations/registration-fields";

type Props = {
  token: string;
  sectors: string[];
  organisations: string[];
  sessions: SessionOption[];
  defaults: RegistrationDefaults;
  lockOrganisation: boolean;
};

export function EditDetailsForm({ token, sectors, organisations, sessions, defaults, lockOrganisation }: Props) {
  const { result: state, submit, pending } = useAction(updateRegistrationAction);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors: FieldErrors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fd = new FormData(event.currentTarget);
    fd.set("token", token);
    const parsed = registrationDetailsSchema.safeParse(formValues(fd));
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setClientErrors(null);
    submit(fd);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="rounded border border-line bg-white p-4 sm:p-6" aria-busy={pending}>
      {clientErrors ? <Alert tone="error">Please correct the highlighted fields.</Alert> : null}
      {!clientErrors && state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {!clientErrors && state?.ok ? <Alert tone="success">{state.message ?? "Saved."}</Alert> : null}
      <RegistrationFields errors={errors} defaults={defaults} sectors={sectors} organisations={organisations} sessions={sessions} askEmail={false} lockOrganisation={lockOrganisation} />
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
