"use client";
import Link from "next/link";
import { useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { decideRegistrationsAction } from "@/lib/registrations/actions";
import type { DecisionOutcome } from "@/lib/registrations/mutations";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { STATUS_BADGE } from "./status-badge";
import { DataTable } from "@/components/ui/table";

export type QueueTableRow = {
  id: string;
  fullName: string;
  email: string;
  jobTitle: string;
  organisation: string;
  sector: string;
  country: string;
  status: "pending" | "approved" | "waitlisted" | "declined" | "cancelled";
  unconfirmed: boolean;
  registered: string;
  waitlisted: string | null;
  checkedIn: boolean;
  deletionRequested: boolean;
  erased: boolean;
  hasNeeds: boolean;
};


const OUTCOME_TEXT: Record<DecisionOutcome, string> = {
  approved: "approved",
  waitlisted: "put on the waitlist",
  declined: "declined",
  already: "already in that state",
  full: "not approved: no seat left (left as it was)",
  organisation_cap: "not approved: the organisation has reached its limit",
  unconfirmed: "not changed: e-mail not confirmed",
  not_allowed: "not changed: a cancelled or declined registration cannot be changed that way",
  not_found: "not found (it may have been erased)",
};

/** The queue with row selection and bulk decisions; every row's outcome is reported after a decision. */
export function QueueTable({ forumId, rows }: { forumId: string; rows: QueueTableRow[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { result: state, formAction, pending } = useAction(decideRegistrationsAction);
  // A recorded decision clears the selection, so that a second click cannot repeat it on the same rows.
  const [seenState, setSeenState] = useState(state);
  if (state !== seenState) {
    setSeenState(state);
    if (state?.ok) setSelected(new Set());
  }
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const results = state?.ok ? state.data.results : [];
  const tally = results.reduce<Partial<Record<DecisionOutcome, number>>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {});
  const problems = results.filter((r) => !["approved", "waitlisted", "declined"].includes(r.outcome));

  return (
    <form action={formAction} aria-busy={pending}>
      <input type="hidden" name="forumId" value={forumId} />
      {state && !state.ok ? <Alert tone="error">{state.fieldErrors?.ids?.join(" ") ?? state.message}</Alert> : null}
      {state?.ok ? (
        <Alert tone={problems.length ? "warning" : "success"} title="Decision recorded">
          <p>
            {Object.entries(tally)
              .map(([o, n]) => `${n} ${OUTCOME_TEXT[o as DecisionOutcome]}`)
              .join("; ")}
            .
          </p>
          {problems.length ? (
            <ul className="mt-2 list-disc pl-5">
              {problems.slice(0, 20).map((p) => (
                <li key={p.id}>
                  {p.name || p.id}: {OUTCOME_TEXT[p.outcome]}
                </li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}

      <div className="sticky top-0 z-10 mb-2 flex flex-wrap items-center gap-2 rounded border border-line bg-white p-3 shadow-sm">
        <span className="mr-2 text-sm font-medium" aria-live="polite">
          {selected.size} selected
        </span>
        <Button type="submit" name="decision" value="approve" disabled={pending || !selected.size}>
          Approve
        </Button>
        <Button type="submit" name="decision" value="waitlist" variant="secondary" disabled={pending || !selected.size}>
          Waitlist
        </Button>
        <Button type="submit" name="decision" value="decline" variant="danger" disabled={pending || !selected.size}>
          Decline
        </Button>
        <label className="ml-auto flex items-center gap-2 text-sm">
          When seats run out:
          <select name="whenFull" defaultValue="waitlist" className="rounded border border-gray-400 bg-white px-2 py-1">
            <option value="waitlist">waitlist the rest</option>
            <option value="leave">leave the rest pending</option>
          </select>
        </label>
      </div>

      <DataTable
        wide
        caption="Registrations; select rows to decide on several at once"
        rows={rows}
        rowKey={(r) => r.id}
        rowClassName={(r) => (selected.has(r.id) ? "bg-accent-light" : undefined)}
        empty="No registrations match these filters."
        columns={[
          {
            header: (
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)))}
                className="h-5 w-5"
              />
            ),
            className: "w-10",
            cell: (r) => (
              <input type="checkbox" name="ids" value={r.id} checked={selected.has(r.id)} onChange={() => toggle(r.id)} aria-label={`Select ${r.fullName}`} className="h-5 w-5" />
            ),
          },
          {
            header: "Name",
            cell: (r) => (
              <>
                <Link href={`/manage/forums/${forumId}/registrations/${r.id}`} className="font-medium text-brand underline underline-offset-2">
                  {r.fullName}
                </Link>
                <div className="break-all text-xs text-muted">{r.email}</div>
                <div className="text-xs text-muted">{r.jobTitle}</div>
              </>
            ),
          },
          { header: "Organisation", cell: (r) => r.organisation },
          {
            header: "Sector, country",
            cell: (r) => (
              <>
                {r.sector}
                <div className="text-xs text-muted">{r.country}</div>
              </>
            ),
          },
          {
            header: "Registered",
            className: "whitespace-nowrap",
            cell: (r) => (
              <>
                {r.registered}
                {r.waitlisted ? <div className="text-xs text-muted">Waitlisted {r.waitlisted}</div> : null}
              </>
            ),
          },
          {
            header: "Status",
            cell: (r) => (
              <div className="flex flex-wrap gap-1">
                {r.unconfirmed ? <Badge tone="neutral">E-mail not confirmed</Badge> : <Badge tone={STATUS_BADGE[r.status].tone}>{STATUS_BADGE[r.status].label}</Badge>}
                {r.checkedIn ? <Badge tone="ok">Checked in</Badge> : null}
                {r.hasNeeds ? <Badge tone="warn" title="Has dietary or accessibility needs (sensitive)">Needs</Badge> : null}
                {r.deletionRequested ? <Badge tone="danger">Erasure requested</Badge> : null}
                {r.erased ? <Badge tone="neutral">Erased</Badge> : null}
              </div>
            ),
          },
        ]}
      />
    </form>
  );
}
