import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { countMemberStates, listMemberStates } from "@/lib/member-states/queries";
import { KIND_LABELS, memberStateFilterSchema, STATUS_LABELS } from "@/lib/member-states/schema";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { StatusToggle } from "./status-toggle";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Member states" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const control = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-sm";

export default async function MemberStatesPage({ searchParams }: Props) {
  await authorizePage("member-states.manage");
  const raw = await searchParams;
  const filter = memberStateFilterSchema.parse(raw);
  const [rows, counts] = await Promise.all([listMemberStates(filter), countMemberStates()]);
  const count = (kind: string[], status: string) => counts.filter((c) => kind.includes(c.kind) && c.status === status).reduce((n, c) => n + c.count, 0);
  const filtered = !!(filter.q || filter.kind || filter.status);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Member states</h1>
          <p className="mt-1 text-muted">
            {count(["state", "territory"], "member")} member states and {count(["organisation"], "member")} member organisations;{" "}
            {count(["state", "territory", "organisation"], "observer")
              ? `${count(["state", "territory"], "observer")} observer states and ${count(["organisation"], "observer")} observer organisations.`
              : "no observers on the list yet."}
          </p>
        </div>
        <ButtonLink href="/manage/member-states/new">Add to the list</ButtonLink>
      </div>
      {raw.added ? <Alert tone="success">Added to the list.</Alert> : null}
      {raw.deleted ? <Alert tone="success">Deleted from the list.</Alert> : null}
      <form method="get" role="search" aria-label="Filter member states" className="mb-4 grid gap-3 rounded border border-line bg-white p-4 sm:grid-cols-4 sm:items-end">
        <div className="sm:col-span-2">
          <label htmlFor="ms-q" className="block text-sm font-medium">
            Name or ISO code
          </label>
          <input id="ms-q" name="q" defaultValue={filter.q} maxLength={100} className={control} />
        </div>
        <div>
          <label htmlFor="ms-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="ms-kind" name="kind" defaultValue={filter.kind ?? ""} className={control}>
            <option value="">All kinds</option>
            {Object.entries(KIND_LABELS).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ms-status" className="block text-sm font-medium">
            Status
          </label>
          <select id="ms-status" name="status" defaultValue={filter.status ?? ""} className={control}>
            <option value="">Members and observers</option>
            {Object.entries(STATUS_LABELS).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="flex gap-2 sm:col-span-4">
          <button type="submit" className={buttonClass("secondary")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href="/manage/member-states" className={buttonClass("ghost")}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {rows.length} shown{filtered ? " (filtered)" : ""}.
      </p>
      <DataTable
        caption="Member states, territories and organisations"
        rows={rows}
        rowKey={(m) => m.id}
        empty="Nothing matches these filters."
        columns={[
          {
            header: "Name",
            rowHeader: true,
            cell: (m) => (
              <Link href={`/manage/member-states/${m.id}`} className="text-brand underline-offset-4 hover:underline">
                {m.name}
              </Link>
            ),
          },
          { header: "ISO", className: "font-mono text-xs", cell: (m) => m.isoCode ?? <span className="text-muted">—</span> },
          { header: "Kind", cell: (m) => KIND_LABELS[m.kind] },
          { header: "Status", cell: (m) => <Badge tone={m.status === "member" ? "ok" : "neutral"}>{STATUS_LABELS[m.status]}</Badge> },
          { header: "Delegates", align: "right", className: "tabular-nums", cell: (m) => m.delegateCount },
          { header: <span className="sr-only">Change status</span>, cell: (m) => <StatusToggle id={m.id} name={m.name} status={m.status} /> },
        ]}
      />
    </div>
  );
}
