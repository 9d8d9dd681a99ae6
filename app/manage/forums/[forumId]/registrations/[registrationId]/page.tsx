import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getForumForRegistrations, getRegistrationDetail, getWaitlistPosition } from "@/lib/registrations/queries";
import { dayInZone, formatDay, formatTimeWithZone } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { STATUS_BADGE } from "../status-badge";
import { DecisionButtons } from "./decision-buttons";
import { EraseForm } from "./erase-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Registration" };

type Props = { params: Promise<{ forumId: string; registrationId: string }> };

export default async function RegistrationDetailPage({ params }: Props) {
  const user = await authorizePage("registrations.manage");
  const { forumId, registrationId } = await params;
  const [forum, reg] = await Promise.all([getForumForRegistrations(user, forumId), getRegistrationDetail(user, forumId, registrationId)]);
  if (!forum || !reg) notFound();
  const position = await getWaitlistPosition(reg, forumId);
  const zone = forum.timeZone;
  const at = (d: Date | null) => (d ? `${formatDay(dayInZone(d, zone))}, ${formatTimeWithZone(d, zone)}` : null);
  const who = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : null);
  const badge = STATUS_BADGE[reg.status];
  const unconfirmed = reg.status === "pending" && !reg.emailConfirmedAt;

  const timeline: [string, string | null][] = [
    ["Registered", at(reg.createdAt)],
    ["E-mail confirmed", at(reg.emailConfirmedAt) ?? (reg.confirmExpiresAt ? `Not yet (link ${reg.confirmExpiresAt > new Date() ? "expires" : "expired"} ${at(reg.confirmExpiresAt)})` : "Not yet")],
    ["Waitlisted", reg.waitlistedAt ? `${at(reg.waitlistedAt)}${position ? ` (now number ${position})` : ""}` : null],
    ["Decided", reg.decidedAt ? `${at(reg.decidedAt)}${who(reg.decidedBy) ? ` by ${who(reg.decidedBy)}` : " (automatic promotion)"}` : null],
    ["Cancelled", at(reg.cancelledAt)],
    ["Checked in", reg.checkedInAt ? `${at(reg.checkedInAt)}${who(reg.checkedInBy) ? ` by ${who(reg.checkedInBy)}` : ""}` : null],
    ["Erasure requested", at(reg.deletionRequestedAt)],
    ["Erased", at(reg.erasedAt)],
  ];

  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/manage/forums/${forumId}/registrations`} className="text-brand underline underline-offset-2">
          All registrations
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="font-serif text-2xl font-semibold">{reg.fullName}</h2>
        {unconfirmed ? <Badge>E-mail not confirmed</Badge> : <Badge tone={badge.tone}>{badge.label}</Badge>}
        {reg.deletionRequestedAt && !reg.erasedAt ? <Badge tone="danger">Erasure requested</Badge> : null}
      </div>

      {!reg.erasedAt ? <DecisionButtons forumId={forumId} id={reg.id} status={reg.status} unconfirmed={unconfirmed} /> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="person-heading" className="rounded border border-line bg-white p-4">
          <h3 id="person-heading" className="mb-3 font-semibold">Details</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <Row label="E-mail" value={reg.email} />
            <Row label="Job title" value={reg.jobTitle} />
            <Row label="Organisation" value={reg.organisation?.name ?? ""} />
            <Row label="Sector" value={reg.sector} />
            <Row label="Country" value={reg.country} />
            <Row label="Phone" value={reg.phone ?? ""} />
            <Row label="Note" value={reg.note ?? ""} />
            <Row label="Sessions of interest" value={reg.interests.map((i) => i.session.title).join("; ")} />
            <Row label="Consent" value={`Privacy notice ${reg.consentVersion}, ${at(reg.consentAt)}`} />
          </dl>
        </section>

        <section aria-labelledby="needs-heading" className="rounded border border-warn bg-white p-4">
          <h3 id="needs-heading" className="mb-1 flex items-center gap-2 font-semibold">
            Dietary and accessibility needs <Badge tone="warn">Sensitive</Badge>
          </h3>
          <p className="mb-3 text-xs text-muted">Visible to organisers only. Removed automatically 30 days after the forum ends.</p>
          {reg.needsPurgedAt ? (
            <p className="text-sm text-muted">Removed on {at(reg.needsPurgedAt)}.</p>
          ) : (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <Row label="Dietary" value={reg.dietaryNeeds ?? ""} />
              <Row label="Accessibility" value={reg.accessibilityNeeds ?? ""} />
            </dl>
          )}
        </section>
      </div>

      <section aria-labelledby="timeline-heading" className="rounded border border-line bg-white p-4">
        <h3 id="timeline-heading" className="mb-3 font-semibold">History</h3>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {timeline.filter(([, v]) => v).map(([k, v]) => (
            <Row key={k} label={k} value={v ?? ""} />
          ))}
        </dl>
      </section>

      {!reg.erasedAt ? (
        <section aria-labelledby="erase-heading" className="rounded border border-danger/40 bg-white p-4">
          <h3 id="erase-heading" className="mb-2 font-semibold">Erase personal data</h3>
          <p className="mb-3 text-sm text-ink">
            Removes the name, e-mail, job title, phone, needs, note and sessions of interest for good. The status and organisation are kept so
            that counts stay right. The registrant&apos;s link and check-in code stop working.
          </p>
          <EraseForm forumId={forumId} id={reg.id} />
        </section>
      ) : null}
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt className="text-muted">{label}</dt>
      <dd className="break-words">{value || <span className="text-muted">None</span>}</dd>
    </>
  );
}
