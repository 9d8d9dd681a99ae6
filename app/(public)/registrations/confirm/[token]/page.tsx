import type { Metadata } from "next";
import { getConfirmationLink } from "@/lib/registrations/queries";
import { notFound } from "next/navigation";
import { ConfirmButton } from "./confirm-button";

export const dynamic = "force-dynamic";
// Tokens in the URL must not leak to other sites through the Referer header.
export const metadata: Metadata = { title: "Confirm your e-mail", referrer: "same-origin", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Confirmation takes a click rather than happening on page load: mail scanners open links in messages, and a
 * confirmation should mean a person did it.
 */
export default async function ConfirmPage({ params }: Props) {
  const { token } = await params;
  const link = await getConfirmationLink(token);
  if (!link) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <p className="text-sm font-medium uppercase tracking-wide text-accent">Registration</p>
      <h1 className="font-serif text-3xl font-semibold">{link.forumName}</h1>
      <ConfirmButton token={token} />
    </div>
  );
}
