"use client";
import Link from "next/link";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { acceptInvitationAction } from "@/lib/invitations/actions";
import { acceptInvitationSchema, DELEGATE_PASSWORD_MIN_LENGTH } from "@/lib/invitations/schema";

export function AcceptInvitationForm({ token, email, name }: { token: string; email: string; name: string }) {
  const { formRef, formAction, pending, result, errors, value, submission } = useAction(acceptInvitationAction, { schema: acceptInvitationSchema });
  if (result?.ok) {
    return (
      <div className="mt-6 rounded border border-line bg-white p-6 shadow-sm">
        <Alert tone="success" title="Your delegate account is ready">
          Sign in with {email} and the password you just chose.
        </Alert>
        <Link href="/sign-in" className="inline-flex rounded bg-brand px-4 py-2 text-sm font-medium text-white hover:bg-brand-dark">
          Sign in
        </Link>
      </div>
    );
  }
  return (
    <form ref={formRef} key={submission} action={formAction} noValidate className="mt-6 rounded border border-line bg-white p-6 shadow-sm">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <div className="mb-4">
        <p className="block text-sm font-medium text-ink">E-mail address</p>
        <p className="mt-1 text-sm">{email}</p>
        <p className="mt-0.5 text-xs text-muted">You will sign in with this address.</p>
      </div>
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field label="Your name" name="name" required errors={errors("name")} hint="As it should appear to forum organisers.">
        {(p) => <Input {...p} defaultValue={value("name", name)} autoComplete="name" maxLength={120} />}
      </Field>
      <Field label="Password" name="password" required errors={errors("password")} hint={`At least ${DELEGATE_PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`}>
        {(p) => <Input {...p} type="password" autoComplete="new-password" maxLength={200} />}
      </Field>
      <Field label="Confirm password" name="confirmPassword" required errors={errors("confirmPassword")}>
        {(p) => <Input {...p} type="password" autoComplete="new-password" maxLength={200} />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Setting up your account…" : "Create my delegate account"}
      </Button>
    </form>
  );
}
