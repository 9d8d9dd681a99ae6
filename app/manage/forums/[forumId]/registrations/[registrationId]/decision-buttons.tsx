"use client";
import { useAction } from "@/components/ui/use-action";
import { decideRegistrationsAction } from "@/lib/registrations/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const MESSAGES: Record<string, string> = {
  approved: "Approved. The registrant has been e-mailed their confirmation, calendar file and QR code.",
  waitlisted: "Put on the waitlist. The registrant has been told.",
  declined: "Declined.",
  already: "It was already in that state.",
  full: "Not approved: there is no seat left. Waitlist instead, or raise the capacity.",
  organisation_cap: "Not approved: this organisation already has its maximum number of approved participants.",
  unconfirmed: "Not changed: the registrant has not confirmed their e-mail address.",
  not_allowed: "That change is not possible for a cancelled or declined registration.",
  not_found: "The registration was not found.",
};

export function DecisionButtons({ forumId, id, status, unconfirmed }: { forumId: string; id: string; status: string; unconfirmed: boolean }) {
  const { result: state, formAction, pending } = useAction(decideRegistrationsAction);
  const outcome = state?.ok ? state.data.results[0]?.outcome : undefined;
  const good = outcome === "approved" || outcome === "waitlisted" || outcome === "declined";
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="forumId" value={forumId} />
      <input type="hidden" name="ids" value={id} />
      <input type="hidden" name="whenFull" value="leave" />
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      {outcome ? <Alert tone={good ? "success" : "warning"}>{MESSAGES[outcome]}</Alert> : null}
      {unconfirmed ? <p className="text-sm text-muted">Decisions are possible once the registrant confirms their e-mail address.</p> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending || unconfirmed || !(status === "pending" || status === "waitlisted")}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="waitlist" variant="secondary" disabled={pending || unconfirmed || status !== "pending"}>
          Waitlist
        </Button>
        <Button type="submit" name="decision" value="decline" variant="danger" disabled={pending || status === "declined" || status === "cancelled"}>
          Decline
        </Button>
      </div>
    </form>
  );
}
