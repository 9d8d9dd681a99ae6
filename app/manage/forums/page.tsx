import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listForumsForOrganiser } from "@/lib/forums/queries";
import { formatDayRange } from "@/lib/time";
import { ButtonLink } from "@/components/ui/button";
import { ForumStatusBadges } from "./_components/status-badges";
import { authorizePage } from "@/lib/auth/page-guards";

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
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">All forums, newest first</caption>
            <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">Forum</th>
                <th scope="col" className="px-3 py-2">Dates</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2 text-right">Sessions</th>
                <th scope="col" className="px-3 py-2 text-right">Rooms</th>
                <th scope="col" className="px-3 py-2 text-right">Registrations</th>
              </tr>
            </thead>
            <tbody>
              {forums.map((f) => (
                <tr key={f.id} className="border-b border-line last:border-0">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/manage/forums/${f.id}`} className="text-brand underline underline-offset-2">
                      {f.name}
                    </Link>
                    <div className="text-xs font-normal text-muted">{[f.city, f.country].filter(Boolean).join(", ")}</div>
                  </th>
                  <td className="px-3 py-2 whitespace-nowrap">{formatDayRange(f.startsOn, f.endsOn)}</td>
                  <td className="px-3 py-2">
                    <ForumStatusBadges status={f.status} agendaPublishedAt={f.agendaPublishedAt} />
                  </td>
                  <td className="px-3 py-2 text-right">
                    <Link href={`/manage/forums/${f.id}/agenda`} className="text-brand underline underline-offset-2">
                      {f._count.sessions}
                      <span className="sr-only"> sessions: open the agenda editor</span>
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right">{f._count.rooms}</td>
                  <td className="px-3 py-2 text-right">
                    {f.registrations.approved} approved
                    {f.registrations.pending ? <span className="block text-xs text-warn">{f.registrations.pending} awaiting review</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded border border-line bg-white p-6 text-muted">No forums yet. Create the first one to start building its agenda.</p>
      )}
    </div>
  );
}
