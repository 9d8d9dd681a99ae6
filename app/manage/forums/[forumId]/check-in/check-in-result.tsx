"use client";
import type { ActionResult } from "@/lib/action-result";
import type { CheckInResult } from "@/lib/registrations/mutations";
import { formatTimeWithZone } from "@/lib/time";

const STATUS_WORDS: Record<string, string> = { pending: "still pending", waitlisted: "on the waitlist", declined: "declined", cancelled: "cancelled" };

/** The desk's answer, large enough to read at arm's length; the heading words carry the meaning, not the colour. */
export function CheckInResultPanel({ result, timeZone }: { result: ActionResult<CheckInResult>; timeZone: string }) {
  if (!result.ok) {
    return (
      <div role="alert" className="rounded border-l-8 border-danger bg-danger-light p-4">
        <p className="text-xl font-semibold">Could not check in</p>
        <p>{result.message}</p>
      </div>
    );
  }
  const r = result.data;
  switch (r.outcome) {
    case "checked_in":
      return (
        <div role="status" className="rounded border-l-8 border-ok bg-ok-light p-4">
          <p className="text-xl font-semibold">✓ Welcome, {r.name}</p>
          <p>
            {r.organisation ? `${r.organisation}. ` : ""}Checked in at {formatTimeWithZone(new Date(r.at), timeZone)}.
          </p>
        </div>
      );
    case "already":
      return (
        <div role="alert" className="rounded border-l-8 border-warn bg-warn-light p-4">
          <p className="text-xl font-semibold">Already checked in: {r.name}</p>
          <p>
            Already checked in at {formatTimeWithZone(new Date(r.at), timeZone)}
            {r.by ? ` by ${r.by}` : ""}. Nothing was changed.
          </p>
        </div>
      );
    case "not_approved":
      return (
        <div role="alert" className="rounded border-l-8 border-danger bg-danger-light p-4">
          <p className="text-xl font-semibold">Not approved: {r.name}</p>
          <p>This registration is {STATUS_WORDS[r.status] ?? r.status}, so there is no seat to check in to. Please refer them to the organisers&apos; desk.</p>
        </div>
      );
    default:
      return (
        <div role="alert" className="rounded border-l-8 border-danger bg-danger-light p-4">
          <p className="text-xl font-semibold">Code not recognised</p>
          <p>No registration for this forum has that code. Check the code, or search by name below.</p>
        </div>
      );
  }
}
