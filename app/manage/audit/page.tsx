import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { auditFilterSchema, listAuditEvents, listAuditFilterOptions } from "@/lib/audit/queries";
import { dayInZone, formatDay, formatTimeWithZone, isValidTimeZone } from "@/lib/time";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { ChangeView } from "./change-view";
import { humanise, recordHref, recordLabel } from "./change-summary";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Organisers sit in several zones; UTC is the neutral default, and the RSO's and recent forums' zones are offered.
const ZONES = ["UTC", "Asia/Bangkok", "Asia/Makassar", "Asia/Jakarta", "Australia/Perth", "Australia/Adelaide", "Australia/Sydney", "Pacific/Auckland"];

const control = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-sm";

export default async function AuditPage({ searchParams }: Props) {
  await authorizePage("audit.read");
  const raw = await searchParams;
  const filter = auditFilterSchema.parse(raw);
  const tz = typeof raw.tz === "string" && ZONES.includes(raw.tz) && isValidTimeZone(raw.tz) ? raw.tz : "UTC";
  const [{ events, total, pageSize }, options] = await Promise.all([listAuditEvents(filter), listAuditFilterOptions()]);
  const filtered = !!(filter.action || filter.targetType || filter.actorId);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Audit log</h1>
      <p className="mb-4 mt-1 max-w-3xl text-muted">Every organiser write: who made it, what it was, which record, when, and what changed. Newest first.</p>
      <form method="get" aria-label="Filter the audit log" className="mb-4 grid gap-3 rounded border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <div>
          <label htmlFor="audit-action" className="block text-sm font-medium">
            Action
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action} className={control}>
            <option value="">All actions</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-type" className="block text-sm font-medium">
            Record type
          </label>
          <select id="audit-type" name="targetType" defaultValue={filter.targetType} className={control}>
            <option value="">All types</option>
            {options.targetTypes.map((t) => (
              <option key={t} value={t}>
                {humanise(t)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-medium">
            Made by
          </label>
          <select id="audit-actor" name="actorId" defaultValue={filter.actorId} className={control}>
            <option value="">Anyone</option>
            {options.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name ? `${a.name} (${a.email})` : a.email}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-tz" className="block text-sm font-medium">
            Show times in
          </label>
          <select id="audit-tz" name="tz" defaultValue={tz} className={control}>
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClass("secondary")}>
            Apply
          </button>
          {filtered ? (
            <Link href={tz === "UTC" ? "/manage/audit" : `/manage/audit?tz=${encodeURIComponent(tz)}`} className={buttonClass("ghost")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {total === 0 ? (filtered ? "No events match these filters." : "Nothing has been recorded yet.") : `${total} event${total === 1 ? "" : "s"}${filtered ? " match" : ""}.`}
      </p>
      {events.length ? (
        <DataTable
          rows={events}
          rowKey={(e) => e.id}
          columns={[
            {
              header: "When",
              className: "whitespace-nowrap text-xs",
              cell: (e) => (
                <time dateTime={e.at.toISOString()}>
                  {formatDay(dayInZone(e.at, tz))}
                  <br />
                  {formatTimeWithZone(e.at, tz)}
                </time>
              ),
            },
            {
              header: "Who",
              cell: (e) =>
                e.actor ? (
                  <>
                    <span className="font-medium">{e.actor.name ?? e.actor.email}</span>
                    <span className="block text-xs text-muted">
                      {e.actor.name ? `${e.actor.email} · ` : ""}
                      {ROLE_LABELS[e.actor.role]}
                    </span>
                  </>
                ) : (
                  <span className="text-muted">{e.actorId ? "Deleted account" : "The system or a registrant"}</span>
                ),
            },
            { header: "What", className: "font-mono text-xs", cell: (e) => e.action },
            { header: "Record", className: "text-xs", cell: (e) => <RecordCell targetType={e.targetType} targetId={e.targetId} data={e.data} /> },
            { header: "Change", className: "min-w-64", cell: (e) => <ChangeView data={e.data} /> },
          ]}
        />
      ) : null}
      <Pagination
        page={filter.page}
        pageSize={pageSize}
        total={total}
        basePath="/manage/audit"
        params={{ action: filter.action, targetType: filter.targetType, actorId: filter.actorId, tz: tz === "UTC" ? undefined : tz }}
        label="Audit log pages"
      />
    </div>
  );
}

function RecordCell({ targetType, targetId, data }: { targetType: string; targetId: string; data: unknown }) {
  const href = recordHref(targetType, targetId, data);
  const label = recordLabel(data);
  return (
    <>
      <span className="block text-muted">{humanise(targetType)}</span>
      {href ? (
        <Link href={href} className="text-sm font-medium text-brand underline-offset-4 hover:underline">
          {label ?? targetId}
        </Link>
      ) : (
        <span className="text-sm font-medium">{label ?? targetId}</span>
      )}
      {label ? <span className="block break-all font-mono text-muted">{targetId}</span> : null}
    </>
  );
}
