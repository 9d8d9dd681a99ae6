import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

/** Only same-site paths are followed after sign-in, so the form cannot be used as an open redirect. */
function safeCallback(url: string | undefined): string {
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/";
}

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallback(callbackUrl);
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
