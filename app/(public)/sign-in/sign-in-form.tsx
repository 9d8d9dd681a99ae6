"use client";
import { useActionState } from "react";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { signInAction, type SignInState } from "@/lib/auth/actions";

/**
 * Posts straight to the server action (no client-side wrapper), so React renders a real `method="post"` form that
 * works before hydration: a slow phone submitting early sends a POST, never `GET ?password=`.
 */
export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { error: initialError });
  return (
    <form action={formAction} className="rounded border border-line bg-white p-6 shadow-sm">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="E-mail" name="email" required>
        {(p) => <Input {...p} type="email" autoComplete="username" maxLength={254} defaultValue={state.email} />}
      </Field>
      <Field label="Password" name="password" required>
        {(p) => <Input {...p} type="password" autoComplete="current-password" maxLength={200} />}
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
