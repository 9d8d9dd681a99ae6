import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { authorizePage } from "@/lib/auth/page-guards";
import { listDelegates, listInvitations } from "@/lib/invitations/queries";
import { listMemberStateOptions } from "@/lib/member-states/queries";
import type { InvitationStatus } from "@/lib/invitations/schema";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { InviteForm } from "./invite-form";
import { InvitationActions } from "./invitation-actions";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Delegates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const filterSchema = z.object({
  status: z.enum(["pending", "accepted", "expired", "revoked"]).optional().catch(undefined),
  memberStateId: z.string().max(64).optional().catch(undefined),
});

const STATUS_BADGE: Record<InvitationStatus, { tone: "ok" | "accent" | "warn" | "neutral"; label: string }> = {
  pending: { tone: "accent", label: "Pending" },
  accepted: { tone: "ok", label: "Accepted" },
  expired: { tone: "warn", label: "Expired" },
  revoked: { tone: "neutral", label: "Revoked" },
};

// Console times are shown in UTC, labelled, since organisers work from several zones.
function utc(instant: Date) {
  return `${formatDay(dayInZone(instant, "UTC"), { weekday: false })}, ${timeInZone(instant, "UTC")} UTC`;
}

export default async function DelegatesPage({ searchParams }: Props) {
  await authorizePage("invitations.manage");
  const filter = filterSchema.parse(await searchParams);
  const [memberStates, invitations, delegates] = await Promise.all([listMemberStateOptions(), listInvitations({ status: filter.status }), listDelegates()]);
  const tabs: { value?: InvitationStatus; label: string }[] = [
    { label: "All" },
    { value: "pending", label: "Pending" },
    { value: "accepted", label: "Accepted" },
    { value: "expired", label: "Expired" },
    { value: "revoked", label: "Revoked" },
  ];
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Delegates</h1>
      <p className="mb-6 mt-1 max-w-3xl text-muted">
        Invite officials of member states and organisations. They receive a link to set a password, and then see the full agenda, including
        closed sessions.
      </p>

      <section aria-labelledby="invite-heading" className="mb-10">
        <h2 id="invite-heading" className="mb-3 font-serif text-2xl font-semibold">
          Invite a delegate
        </h2>
        <InviteForm memberStates={memberStates} preselected={memberStates.some((m) => m.id === filter.memberStateId) ? filter.memberStateId : undefined} />
      </section>

      <section aria-labelledby="invitations-heading" className="mb-10">
        <h2 id="invitations-heading" className="mb-3 font-serif text-2xl font-semibold">
          Invitations
        </h2>
        <nav aria-label="Filter invitations by status" className="mb-3">
          <ul className="flex flex-wrap gap-2 text-sm">
            {tabs.map((t) => {
              const current = filter.status === t.value;
              return (
                <li key={t.label}>
                  <Link
                    href={t.value ? `/manage/delegates?status=${t.value}` : "/manage/delegates"}
                    aria-current={current ? "page" : undefined}
                    className={`rounded border px-3 py-1 ${current ? "border-brand bg-brand text-white" : "border-line bg-white text-brand hover:bg-accent-light"}`}
                  >
                    {t.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {invitations.length ? (
          <DataTable
            rows={invitations}
            rowKey={(inv) => inv.id}
            columns={[
              {
                header: "Invitee",
                cell: (inv) => (
                  <>
                    <span className="font-medium">{inv.email}</span>
                    {inv.name ? <span className="block text-xs text-muted">{inv.name}</span> : null}
                  </>
                ),
              },
              { header: "Member state", cell: (inv) => inv.memberState.name },
              {
                header: "Status",
                cell: (inv) => (
                  <>
                    <Badge tone={STATUS_BADGE[inv.status].tone}>{STATUS_BADGE[inv.status].label}</Badge>
                    <span className="block text-xs text-muted">
                      {inv.status === "pending" && `Link works until ${utc(inv.expiresAt)}`}
                      {inv.status === "expired" && `Expired ${utc(inv.expiresAt)}`}
                      {inv.status === "accepted" && inv.acceptedAt && `Accepted ${utc(inv.acceptedAt)}`}
                      {inv.status === "revoked" && inv.revokedAt && `Revoked ${utc(inv.revokedAt)}`}
                    </span>
                  </>
                ),
              },
              {
                header: "Sent",
                className: "text-xs",
                cell: (inv) => (
                  <>
                    {utc(inv.createdAt)}
                    {inv.invitedBy ? <span className="block text-muted">by {inv.invitedBy.name ?? inv.invitedBy.email}</span> : null}
                  </>
                ),
              },
              {
                header: <span className="sr-only">Actions</span>,
                cell: (inv) => (
                  <InvitationActions
                    id={inv.id}
                    email={inv.email}
                    canResend={inv.status === "pending" || inv.status === "expired"}
                    canRevoke={inv.status === "pending" || inv.status === "expired"}
                  />
                ),
              },
            ]}
          />
        ) : (
          <p className="text-muted">{filter.status ? `No ${filter.status} invitations.` : "No invitations have been sent yet."}</p>
        )}
      </section>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="mb-3 font-serif text-2xl font-semibold">
          Delegate accounts
        </h2>
        {delegates.length ? (
          <DataTable
            rows={delegates}
            rowKey={(d) => d.id}
            columns={[
              { header: "Name", cell: (d) => d.name ?? "—" },
              { header: "E-mail", cell: (d) => d.email },
              {
                header: "Member state",
                cell: (d) =>
                  d.memberState ? (
                    <Link href={`/manage/member-states/${d.memberState.id}`} className="text-brand underline-offset-4 hover:underline">
                      {d.memberState.name}
                    </Link>
                  ) : (
                    <Badge tone="warn">None linked</Badge>
                  ),
              },
              { header: "Since", className: "text-xs", cell: (d) => formatDay(dayInZone(d.createdAt, "UTC"), { weekday: false }) },
            ]}
          />
        ) : (
          <p className="text-muted">No delegate accounts yet.</p>
        )}
      </section>
    </div>
  );
}
