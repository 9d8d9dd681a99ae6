import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { getRegistrationByManageToken, getWaitlistPosition } from "@/lib/registrations/queries";
import { listOrganisationNames } from "@/lib/organisations/queries";
import { forumHasEnded } from "@/lib/forums/queries";
import { calendarUrl, dataExportUrl, formatCheckInCode } from "@/lib/registrations/links";
import { SECTORS } from "@/lib/registrations/schema";
import { dateOnly, dayInZone, formatDay, formatDayRange, formatTimeWithZone, timeInZone } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { EditDetailsForm } from "./edit-details-form";
import { CancelForm } from "./cancel-form";
import { NewLinkButton } from "./new-link-button";

export const dynamic = "force-dynamic";
// The token in the URL is the key to this page; keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: "Your registration", referrer: "same-origin", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

const STATUS = {
  pending: { label: "Awaiting decision", tone: "brand" },
  approved: { label: "Place confirmed", tone: "ok" },
  waitlisted: { label: "On the waiting list", tone: "warn" },
  declined: { label: "Not offered a place", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "neutral" },
} as const;

export default async function ManageRegistrationPage({ params }: Props) {
  const { token } = await params;
  const reg = await getRegistrationByManageToken(token);
  if (!reg) notFound();
  const { forum } = reg;
  const zone = forum.timeZone;
  const at = (d: Date) => `${formatDay(dayInZone(d, zone))}, ${formatTimeWithZone(d, zone)}`;
  const [position, organisations, qr] = await Promise.all([
    getWaitlistPosition(reg, forum.id),
    reg.status === "pending" || reg.status === "waitlisted" ? listOrganisationNames() : Promise.resolve([]),
    reg.status === "approved" ? QRCode.toDataURL(formatCheckInCode(reg.checkInCode), { margin: 2, width: 240, errorCorrectionLevel: "M" }) : Promise.resolve(null),
  ]);
  const status = STATUS[reg.status];
  // After the forum only data export and erasure remain.
  const ended = forumHasEnded(forum);
  const editable = !ended && (reg.status === "pending" || reg.status === "approved" || reg.status === "waitlisted");
  const unconfirmed = reg.status === "pending" && !reg.emailConfirmedAt;

  return (
    <>
      <PageHeader eyebrow="Your registration" title={forum.name}>
        <p className="font-medium text-ink">{formatDayRange(dateOnly(forum.startsOn), dateOnly(forum.endsOn))}</p>
        <p>{[forum.venue, forum.city, forum.country].filter(Boolean).join(", ")}</p>
      </PageHeader>
      <div className="mx-auto max-w-3xl space-y-8 px-4 py-8">
        <section aria-labelledby="status-heading" className="rounded border border-line bg-white p-4 sm:p-6">
          <h2 id="status-heading" className="mb-2 font-serif text-2xl font-semibold">
            Status: <Badge tone={status.tone}>{unconfirmed ? "E-mail not yet confirmed" : status.label}</Badge>
          </h2>
          <div className="space-y-2 text-ink">
            {unconfirmed ? (
              <p>
                Please open the confirmation link in the first e-mail we sent to <strong className="break-all">{reg.email}</strong>
                {reg.confirmExpiresAt ? ` before ${at(reg.confirmExpiresAt)}` : ""}. Until then the organisers do not see your registration.
              </p>
            ) : null}
            {reg.status === "pending" && !unconfirmed ? <p>The organisers are reviewing registrations. We will e-mail you when they decide.</p> : null}
            {reg.status === "waitlisted" ? (
              <p>
                All seats are currently allocated.{position ? ` You are number ${position} on the waiting list.` : ""} If a seat opens, it is
                offered automatically in waiting-list order and we tell you by e-mail.
              </p>
            ) : null}
            {reg.status === "declined" ? <p>We are sorry that we could not offer you a place at this forum.</p> : null}
            {reg.status === "cancelled" ? (
              <p>
                This registration was cancelled{reg.cancelledAt ? ` on ${at(reg.cancelledAt)}` : ""}.{" "}
                <Link href={`/forums/${forum.slug}`} className="text-brand underline">
                  Register again from the forum&apos;s page
                </Link>{" "}
                while registration is open.
              </p>
            ) : null}
            {reg.deletionRequestedAt ? (
              <p className="text-muted">You asked for your data to be erased on {at(reg.deletionRequestedAt)}. The organisers will do so.</p>
            ) : null}
          </div>

          {reg.status === "approved" && qr ? (
            <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start">
              {/* eslint-disable-next-line @next/next/no-img-element -- a data URL generated for this request */}
              <img src={qr} width={240} height={240} alt={`QR code for check-in code ${formatCheckInCode(reg.checkInCode)}`} className="h-60 w-60 self-center border border-line sm:self-start" />
              <div className="space-y-3">
                <p>
                  Show this code at the registration desk. Your check-in code is{" "}
                  <strong className="font-mono text-lg tracking-wider">{formatCheckInCode(reg.checkInCode)}</strong>.
                </p>
                {reg.checkedInAt ? <p className="text-ok">Checked in on {at(reg.checkedInAt)}.</p> : null}
                <a href={calendarUrl(token)} className={buttonClass("secondary")} download>
                  Add the forum to your calendar (.ics)
                </a>
              </div>
            </div>
          ) : null}
        </section>

        {editable ? (
          <section aria-labelledby="details-heading">
            <h2 id="details-heading" className="mb-3 font-serif text-2xl font-semibold">
              Your details
            </h2>
            <p className="mb-3 text-sm text-muted">
              Registered with <span className="break-all">{reg.email}</span>. To use another address, cancel and register again.
            </p>
            <EditDetailsForm
              token={token}
              sectors={[...SECTORS]}
              organisations={organisations}
              lockOrganisation={reg.status === "approved"}
              sessions={reg.interestSessions.map((s) => ({ id: s.id, title: s.title, time: timeInZone(s.startsAt, zone), day: formatDay(dayInZone(s.startsAt, zone), { year: false }) }))}
              defaults={{
                fullName: reg.fullName,
                jobTitle: reg.jobTitle,
                organisationName: reg.organisation?.name ?? "",
                sector: reg.sector,
                country: reg.country,
                phone: reg.phone ?? "",
                dietaryNeeds: reg.dietaryNeeds ?? "",
                accessibilityNeeds: reg.accessibilityNeeds ?? "",
                note: reg.note ?? "",
                sessionIds: reg.interests.map((i) => i.session.id),
              }}
            />
          </section>
        ) : null}

        <section aria-labelledby="data-heading" className="rounded border border-line bg-white p-4 sm:p-6">
          <h2 id="data-heading" className="mb-2 font-serif text-2xl font-semibold">
            Your data
          </h2>
          <p className="mb-3 text-sm text-ink">
            You agreed to privacy notice version {reg.consentVersion} on {at(reg.consentAt)}.
            {reg.needsPurgedAt ? ` Your dietary and accessibility needs were deleted on ${at(reg.needsPurgedAt)}.` : ""}
          </p>
          <a href={dataExportUrl(token)} className={buttonClass("secondary")} download>
            Download my data (JSON)
          </a>
        </section>

        <section aria-labelledby="link-heading" className="rounded border border-line bg-white p-4 sm:p-6">
          <h2 id="link-heading" className="mb-2 font-serif text-2xl font-semibold">
            This link
          </h2>
          <p className="mb-3 text-sm text-ink">
            Whoever has this page&apos;s address can see and change your registration. If you shared it by mistake, replace it:
            we e-mail you a new link and this one stops working at once.
          </p>
          <NewLinkButton token={token} />
        </section>

        {editable || !reg.deletionRequestedAt ? (
          <section aria-labelledby="cancel-heading" className="rounded border border-danger/40 bg-white p-4 sm:p-6">
            <h2 id="cancel-heading" className="mb-2 font-serif text-2xl font-semibold">
              {editable ? "Cancel or erase" : "Erase my data"}
            </h2>
            <CancelForm token={token} active={editable} holdsSeat={reg.status === "approved"} />
          </section>
        ) : null}
      </div>
    </>
  );
}
