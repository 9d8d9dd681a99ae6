import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listForumsForOrganiser } from "@/lib/forums/queries";
import { formatDayRange } from "@/lib/time";
import { ButtonLink } from "@/components/ui/button";
import { ForumStatusBadges } from "./_components/status-badges";
import { authorizePage } from "@/lib/auth/page-guards";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Forums and agendas" };
export const dynamic = "force-dynamic";

export default async function ManageForumsPage() {
  await authorizePage("forums.manage");
  const forums = await listForumsForOrganiser(await getCurrentUser());
  return (
    <div>
      <div className="mb-5 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Forums and agendas</h1>
          <p className="text-muted">Create a forum, set up its rooms and tracks, then build and publish its agenda.</p>
        </div>
        <ButtonLink href="/manage/forums/new">New forum</ButtonLink>
      </div>
      {forums.length ? (
        <DataTable
          caption="All forums, newest first"
          rows={forums}
          rowKey={(f) => f.id}
          columns={[
            {
              header: "Forum",
              rowHeader: true,
              cell: (f) => (
                <>
                  <Link href={`/manage/forums/${f.id}`} className="text-brand underline underline-offset-2">
                    {f.name}
                  </Link>
                  <div className="text-xs font-normal text-muted">{[f.city, f.country].filter(Boolean).join(", ")}</div>
                </>
              ),
            },
            { header: "Dates", className: "whitespace-nowrap", cell: (f) => formatDayRange(f.startsOn, f.endsOn) },
            { header: "Status", cell: (f) => <ForumStatusBadges status={f.status} agendaPublishedAt={f.agendaPublishedAt} /> },
            {
              header: "Sessions",
              align: "right",
              cell: (f) => (
                <Link href={`/manage/forums/${f.id}/agenda`} className="text-brand underline underline-offset-2">
                  {f._count.sessions}
                  <span className="sr-only"> sessions: open the agenda editor</span>
                </Link>
              ),
            },
            { header: "Rooms", align: "right", cell: (f) => f._count.rooms },
            {
              header: "Registrations",
              align: "right",
              cell: (f) => (
                <>
                  {f.registrations.approved} approved
                  {f.registrations.pending ? <span className="block text-xs text-warn">{f.registrations.pending} awaiting review</span> : null}
                </>
              ),
            },
          ]}
        />
      ) : (
        <p className="rounded border border-line bg-white p-6 text-muted">No forums yet. Create the first one to start building its agenda.</p>
      )}
    </div>
  );
}
