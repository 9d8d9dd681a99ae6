import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getForumForRegistrations, getRegistrationCounts, listOrganisationSummary, listRegistrationQueue, QUEUE_PAGE_SIZE } from "@/lib/registrations/queries";
import { queueFilterSchema, type QueueFilter } from "@/lib/registrations/schema";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";
import { Field, Input, Select } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { QueueTable } from "./queue-table";
import { ExportForm } from "./export-form";
import { DataTable } from "@/components/ui/table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Registrations" };

type Props = { params: Promise<{ forumId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS: { value: QueueFilter["status"]; label: string }[] = [
  { value: "all", label: "All (except expired)" },
  { value: "pending", label: "Pending decision" },
  { value: "unconfirmed", label: "Awaiting e-mail confirmation" },
  { value: "waitlisted", label: "Waitlisted" },
  { value: "approved", label: "Approved" },
  { value: "declined", label: "Declined" },
  { value: "cancelled", label: "Cancelled" },
  { value: "expired", label: "Expired (never confirmed)" },
];

const SORT_OPTIONS: { value: QueueFilter["sort"]; label: string }[] = [
  { value: "created", label: "Registration time" },
  { value: "waitlist", label: "Waitlist order" },
  { value: "name", label: "Name" },
  { value: "organisation", label: "Organisation" },
  { value: "status", label: "Status" },
];

export default async function RegistrationsPage({ params, searchParams }: Props) {
  const user = await authorizePage("registrations.manage");
  const { forumId } = await params;
  const sp = await searchParams;
  const first = (k: string) => (Array.isArray(sp[k]) ? sp[k]?.[0] : sp[k]) || undefined;
  const filter = queueFilterSchema.parse({ status: first("status"), organisationId: first("organisationId"), q: first("q"), sort: first("sort") });
  const view = first("view") === "organisations" ? "organisations" : "queue";

  const forum = await getForumForRegistrations(user, forumId);
  if (!forum) notFound();
  const [counts, organisations, queue] = await Promise.all([
    getRegistrationCounts(user, forumId),
    listOrganisationSummary(user, forumId),
    view === "queue" ? listRegistrationQueue(user, forumId, filter) : Promise.resolve(null),
  ]);
  const base = `/manage/forums/${forumId}/registrations`;
  const seatsLeft = counts.capacity === null ? null : Math.max(0, counts.capacity - counts.approved);
  const exportQuery = new URLSearchParams(Object.entries({ status: filter.status, organisationId: filter.organisationId ?? "", q: filter.q ?? "", sort: filter.sort }).filter(([, v]) => v));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="font-serif text-2xl font-semibold">Registrations</h2>
        <Link href={`/manage/forums/${forumId}/check-in`} className={buttonClass("secondary")}>
          Open the check-in desk
        </Link>
      </div>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="Registration counts">
        <Count label="Approved" value={counts.capacity === null ? `${counts.approved}` : `${counts.approved} / ${counts.capacity}`} note={counts.capacity === null ? "No seat limit" : `${seatsLeft} seat${seatsLeft === 1 ? "" : "s"} left`} strong />
        <Count label="Pending decision" value={counts.pending} />
        <Count label="Waitlisted" value={counts.waitlisted} />
        <Count label="Awaiting e-mail" value={counts.unconfirmed} note={`${counts.expired} expired`} />
        <Count label="Declined" value={counts.declined} />
        <Count label="Cancelled" value={counts.cancelled} />
        <Count label="Checked in" value={counts.checkedIn} />
      </dl>
      <p className="text-sm text-muted">
        {counts.organisationCap ? `At most ${counts.organisationCap} approved per organisation.` : "No limit per organisation."} Capacity and the
        organisation limit are set on the forum&apos;s details tab.
      </p>

      <nav aria-label="Registration views" className="flex gap-2 border-b border-line">
        <ViewTab href={base} active={view === "queue"}>
          Queue
        </ViewTab>
        <ViewTab href={`${base}?view=organisations`} active={view === "organisations"}>
          By organisation ({organisations.length})
        </ViewTab>
      </nav>

      {view === "organisations" ? (
        <DataTable
          wide
          caption="Registrations by organisation"
          rows={organisations}
          rowKey={(o) => o.id}
          empty="No registrations yet."
          columns={[
            {
              header: "Organisation",
              rowHeader: true,
              cell: (o) => (
                <Link href={`${base}?organisationId=${o.id}`} className="text-brand underline underline-offset-2">
                  {o.name}
                </Link>
              ),
            },
            { header: "Sector", cell: (o) => o.sector },
            {
              header: "Approved",
              align: "right",
              cell: (o) => (
                <>
                  {o.counts.approved ?? 0}
                  {counts.organisationCap !== null && (o.counts.approved ?? 0) >= counts.organisationCap ? (
                    <span className="ml-2 rounded border border-warn px-1 text-xs text-warn">at limit</span>
                  ) : null}
                </>
              ),
            },
            { header: "Pending", align: "right", cell: (o) => o.counts.pending ?? 0 },
            { header: "Waitlisted", align: "right", cell: (o) => o.counts.waitlisted ?? 0 },
            { header: "Declined / cancelled", align: "right", cell: (o) => (o.counts.declined ?? 0) + (o.counts.cancelled ?? 0) },
          ]}
        />
      ) : (
        <>
          <form method="get" action={base} className="grid gap-x-3 rounded border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" role="search" aria-label="Filter registrations">
            <div className="lg:col-span-2">
              <Field label="Search" name="q" hint="Name, e-mail, job title, organisation or country.">
                {(p) => <Input {...p} type="search" defaultValue={filter.q ?? ""} maxLength={200} />}
              </Field>
            </div>
            <Field label="Status" name="status">
              {(p) => (
                <Select {...p} defaultValue={filter.status}>
                  {STATUS_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Organisation" name="organisationId">
              {(p) => (
                <Select {...p} defaultValue={filter.organisationId ?? ""}>
                  <option value="">All organisations</option>
                  {organisations.map((o) => (
                    <option key={o.id} value={o.id}>{o.name}</option>
                  ))}
                </Select>
              )}
            </Field>
            <Field label="Sort by" name="sort">
              {(p) => (
                <Select {...p} defaultValue={filter.sort}>
                  {SORT_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </Select>
              )}
            </Field>
            <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
              <Button type="submit">Apply</Button>
              <Link href={base} className="text-sm text-brand underline underline-offset-2">
                Clear filters
              </Link>
            </div>
          </form>

          {queue ? (
            <>
              <p className="text-sm text-muted" aria-live="polite">
                {queue.total === 0 ? "No registrations match." : `${queue.total} registration${queue.total === 1 ? "" : "s"} match.`}
                {queue.total > QUEUE_PAGE_SIZE ? ` Showing the first ${QUEUE_PAGE_SIZE}; narrow the filters or export to CSV for all.` : ""}
              </p>
              <QueueTable
                forumId={forumId}
                rows={queue.rows.map((r) => ({
                  id: r.id,
                  fullName: r.fullName,
                  email: r.email,
                  jobTitle: r.jobTitle,
                  organisation: r.organisation?.name ?? "",
                  sector: r.sector,
                  country: r.country,
                  status: r.status,
                  unconfirmed: r.status === "pending" && !r.emailConfirmedAt,
                  registered: `${formatDay(dayInZone(r.createdAt, forum.timeZone), { year: false })} ${timeInZone(r.createdAt, forum.timeZone)}`,
                  waitlisted: r.waitlistedAt ? `${formatDay(dayInZone(r.waitlistedAt, forum.timeZone), { year: false })} ${timeInZone(r.waitlistedAt, forum.timeZone)}` : null,
                  checkedIn: !!r.checkedInAt,
                  deletionRequested: !!r.deletionRequestedAt,
                  erased: !!r.erasedAt,
                  hasNeeds: r.hasNeeds,
                }))}
              />
            </>
          ) : null}
        </>
      )}

      <ExportForm action={`/api/manage/forums/${forumId}/registrations`} hidden={Object.fromEntries(exportQuery)} />
    </div>
  );
}

function Count({ label, value, note, strong }: { label: string; value: number | string; note?: string; strong?: boolean }) {
  return (
    <div className={`rounded border bg-white p-3 ${strong ? "border-brand" : "border-line"}`}>
      <dt className="text-xs font-medium uppercase tracking-wide text-muted">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-ink">{value}</dd>
      {note ? <dd className="text-xs text-muted">{note}</dd> : null}
    </div>
  );
}

function ViewTab({ href, active, children }: { href: string; active: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`-mb-px border-b-2 px-3 py-2 text-sm ${active ? "border-brand font-semibold text-brand" : "border-transparent text-muted hover:text-brand"}`}
    >
      {children}
    </Link>
  );
}
