import type { Metadata } from "next";
import Link from "next/link";
import { getInvitationByToken } from "@/lib/invitations/queries";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const dynamic = "force-dynamic";
// The token is a credential: keep it out of search engines and out of the Referer sent to other sites.
// "same-origin": the token in the URL never reaches another site, and this page's own form posts keep a real
// Origin (with "no-referrer" browsers send Origin: null, which the cross-site check must refuse).
export const metadata: Metadata = { title: "Delegate invitation", robots: { index: false, follow: false }, referrer: "same-origin" };

type Props = { params: Promise<{ token: string }> };

const DEAD_LINK = {
  invalid: {
    title: "This link is not valid",
    body: "The invitation link may be incomplete, or a newer invitation may have replaced it. Check that you copied the whole link from the most recent e-mail, or ask the forum organisers to send a new one.",
  },
  expired: {
    title: "This invitation has expired",
    body: "Invitation links work for seven days. Ask the forum organisers to send you a new one.",
  },
  used: {
    title: "This invitation has already been used",
    body: "The delegate account has been set up. Sign in with the e-mail address and the password chosen then.",
  },
  revoked: {
    title: "This invitation is no longer valid",
    body: "The organisers have withdrawn it. If you still need a delegate account, please contact them.",
  },
} as const;

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await getInvitationByToken(token);
  if (invitation.state !== "valid") {
    const text = DEAD_LINK[invitation.state];
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
        <p className="mt-3 text-muted">{text.body}</p>
        <p className="mt-6 flex gap-4">
          <Link href="/sign-in" className="text-brand underline underline-offset-4">
            Sign in
          </Link>
          <Link href="/" className="text-brand underline underline-offset-4">
            Go to the list of forums
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-12">
      <p className="text-sm font-medium uppercase tracking-wide text-accent">Delegate invitation</p>
      <h1 className="mt-1 font-serif text-3xl font-semibold">Set up your delegate account</h1>
      <p className="mt-3 text-muted">
        You have been invited as a delegate of <strong className="text-ink">{invitation.memberStateName}</strong>. Delegates see the full agenda of
        each forum, including closed sessions, and can keep their own agenda.
      </p>
      <AcceptInvitationForm token={token} email={invitation.email} name={invitation.name ?? ""} />
    </div>
  );
}
