import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/security/redirect";
import { appUrl } from "@/lib/url";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };


export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  // Only same-origin paths are followed after sign-in, so the form cannot be used as an open redirect.
  const target = safeRedirectPath(callbackUrl, new URL(appUrl()).origin);
  if (await getCurrentUser()) redirect(target);
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="mb-2 font-serif text-3xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-muted">
        For organisers and member-state delegates. Business participants do not need an account: register from a
        forum&apos;s page and use the link in your e-mail.
      </p>
      <SignInForm callbackUrl={target} initialError={error ? "Sign-in failed. Please try again." : undefined} />
    </div>
  );
}
