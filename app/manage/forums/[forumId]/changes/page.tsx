import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForEditing } from "@/lib/forums/queries";
import { listSessionChanges } from "@/lib/agenda/queries";
import { formatTimeWithZone, formatDay, dayInZone } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { authorizePage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Agenda change log" };
export const dynamic = "force-dynamic";

const KIND = {
  added: { label: "Added", tone: "ok" },
  updated: { label: "Updated", tone: "brand" },
  moved: { label: "Moved", tone: "warn" },
  cancelled: { label: "Cancelled", tone: "danger" },
  removed: { label: "Removed", tone: "danger" },
} as const;

export default async function ChangeLogPage({ params }: { params: Promise<{ forumId: string }> }) {
  await authorizePage("sessions.manage");
  const { forumId } = await params;
  const viewer = await getCurrentUser();
  const forum = await getForumForEditing(forumId, viewer);
  if (!forum) notFound();
  const changes = await listSessionChanges(forum.id, viewer);
  const zone = forum.timeZone;
  return (
    <div>
      <h2 className="font-serif text-2xl font-semibold">Change log</h2>
      <p className="mb-4 max-w-3xl text-sm text-muted">
        Every session added, moved, changed, cancelled or removed after the agenda was published, newest first. Delegates read the same log; the
        public sees only changes to public sessions. Times are forum time.
      </p>
      {!forum.agendaPublishedAt ? (
        <p className="rounded border border-line bg-white p-4 text-sm">
          The agenda is not published yet, so there is nothing to log. Changes are recorded from the moment you{" "}
          <Link href={`/manage/forums/${forum.id}/agenda`} className="text-brand underline underline-offset-2">
            publish the agenda
          </Link>
          .
        </p>
      ) : changes.length === 0 ? (
        <p className="rounded border border-line bg-white p-4 text-sm">No changes since the agenda was published.</p>
      ) : (
        <ol className="divide-y divide-line rounded border border-line bg-white">
          {changes.map((c) => (
            <li key={c.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-4">
              <time dateTime={c.at.toISOString()} className="shrink-0 text-xs text-muted sm:w-44">
                {formatDay(dayInZone(c.at, zone))}, {formatTimeWithZone(c.at, zone)}
              </time>
              <div>
                <p className="flex flex-wrap items-center gap-2">
                  <Badge tone={KIND[c.kind].tone}>{KIND[c.kind].label}</Badge>
                  {c.sessionId ? (
                    <Link href={`/manage/forums/${forum.id}/sessions/${c.sessionId}`} className="font-medium text-brand underline underline-offset-2">
                      {c.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{c.title}</span>
                  )}
                </p>
                <p className="mt-0.5 text-sm">{c.summary}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
