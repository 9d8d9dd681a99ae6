"use client";
import { useEffect, useRef, useState } from "react";
import { registerAction } from "@/lib/registrations/actions";
import { registrationSchema } from "@/lib/registrations/schema";
import { fieldErrorsOf, formValues } from "@/lib/action-result";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RegistrationFields, type FieldErrors, type RegistrationDefaults, type SessionOption } from "@/app/(public)/registrations/registration-fields";
import { PrivacyNotice } from "@/app/(public)/registrations/privacy-notice";

type Props = { forumSlug: string; sectors: string[]; organisations: string[]; sessions: SessionOption[] };

export function RegisterForm({ forumSlug, sectors, organisations, sessions }: Props) {
  const { result: state, submit, pending } = useAction(registerAction);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [values, setValues] = useState<RegistrationDefaults>({});
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const errors: FieldErrors = clientErrors ?? (state && !state.ok ? (state.fieldErrors ?? {}) : {});
  const message = clientErrors ? "Please correct the highlighted fields." : state && !state.ok ? state.message : null;

  useEffect(() => {
    if (message) summaryRef.current?.focus();
  }, [message, state]);

  if (state?.ok) {
    return (
      <div ref={summaryRef} tabIndex={-1} className="rounded border border-ok bg-ok-light p-6" role="status">
        <h2 className="font-serif text-2xl font-semibold">Check your e-mail</h2>
        <p className="mt-2">
          We have sent a message to <strong className="break-all">{state.data.email}</strong>. Open the link in it within 48
          hours to confirm your address; until then your registration is not passed to the organisers.
        </p>
        <p className="mt-2 text-sm text-muted">
          The message also contains a personal link to see, change or cancel your registration. If nothing arrives in a few
          minutes, check your spam folder.
        </p>
      </div>
    );
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fd = new FormData(event.currentTarget);
    fd.set("forumSlug", forumSlug);
    const raw = formValues(fd);
    // Kept so that a refusal from the server re-renders the form with what the person typed.
    setValues({ ...raw, sessionIds: fd.getAll("sessionIds").map(String), consent: fd.has("consent") } as RegistrationDefaults);
    const parsed = registrationSchema.safeParse(raw);
    if (!parsed.success) {
      setClientErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setClientErrors(null);
    submit(fd);
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="rounded border border-line bg-white p-4 shadow-sm sm:p-6" aria-busy={pending}>
      <div ref={summaryRef} tabIndex={-1} className="outline-none">
        {message ? (
          <Alert tone="error" title={state && !state.ok && state.code === "rate_limited" ? "Please wait a moment" : "We could not send your registration"}>
            <p>{message}</p>
          </Alert>
        ) : null}
      </div>

      <RegistrationFields errors={errors} defaults={values} sectors={sectors} organisations={organisations} sessions={sessions} askEmail />

      {/* Honeypot: invisible to people and screen readers; bots that fill every field give themselves away. */}
      <div aria-hidden="true" className="absolute left-[-10000px] h-px w-px overflow-hidden">
        <label htmlFor="website">Website (leave empty)</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <fieldset className="mb-6">
        <legend className="mb-2 font-serif text-xl font-semibold">Privacy</legend>
        <PrivacyNotice />
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="consent"
            required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-0.5 h-5 w-5 shrink-0"
          />
          <span>
            I have read the privacy notice and agree that my details are used as it describes. <span className="text-danger">*</span>
          </span>
        </label>
        {errors.consent ? (
          <p id="consent-error" className="mt-1 text-sm text-danger" role="alert">
            {errors.consent.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : "Register"}
      </Button>
    </form>
  );
}
