"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SIGN_IN_FAILED, signInSchema } from "@/lib/auth/schema";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [error, setError] = useState<string | undefined>(initialError);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const errs: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (errs[String(issue.path[0])] ??= []).push(issue.message);
      setFieldErrors(errs);
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false, callbackUrl });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setPending(false);
    setError(SIGN_IN_FAILED);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="rounded border border-line bg-white p-6 shadow-sm">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field label="E-mail" name="email" required errors={fieldErrors.email}>
        {(p) => <Input {...p} type="email" autoComplete="username" maxLength={254} />}
      </Field>
      <Field label="Password" name="password" required errors={fieldErrors.password}>
        {(p) => <Input {...p} type="password" autoComplete="current-password" maxLength={200} />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
