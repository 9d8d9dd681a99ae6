import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getAgendaForum } from "@/lib/agenda/queries";
import { listSessionChanges } from "@/lib/agenda/queries";
import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Agenda changes" };

const KIND: Record<string, { label: string; tone: "neutral" | "accent" | "warn" | "danger" | "ok" }> = {
  added: { label: "Added", tone: "ok" },
  updated: { label: "Changed", tone: "accent" },
  moved: { label: "Moved", tone: "warn" },
  cancelled: { label: "Cancelled", tone: "danger" },
  removed: { label: "Removed", tone: "danger" },
};

type Props = { params: Promise<{ slug: string }> };

/** Every change to a published agenda that this viewer may see (delegates see closed sessions' changes too). */
export default async function AgendaChangesPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const forum = await getAgendaForum(slug, viewer);
  if (!forum) notFound();
  const changes = await listSessionChanges(forum.id, viewer);
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/forums/${forum.slug}`} className="hover:underline">{forum.name}</Link>}
        title="Changes to the agenda"
      >
        Everything added, moved, changed or cancelled since the agenda was published, newest first. Times are in
        the forum&apos;s zone.
      </PageHeader>
      <div className="mx-auto max-w-4xl px-4 py-6">
        <p className="mb-4 text-sm">
          <Link href={`/forums/${forum.slug}/agenda`} className="text-brand underline">
            Back to the agenda
          </Link>
        </p>
        {changes.length === 0 ? (
          <p className="rounded border border-line bg-white p-6 text-center text-muted">No changes since the agenda was published.</p>
        ) : (
          <ol className="space-y-3">
            {changes.map((c) => {
              const kind = KIND[c.kind] ?? { label: c.kind, tone: "neutral" as const };
              return (
                <li key={c.id} className="rounded border border-line bg-white p-4">
                  <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                    <Badge tone={kind.tone}>{kind.label}</Badge>
                    <time dateTime={c.at.toISOString()}>
                      {formatDay(dayInZone(c.at, forum.timeZone))}, {timeInZone(c.at, forum.timeZone)} {zoneLabel(c.at, forum.timeZone)}
                    </time>
                  </p>
                  <p className="mt-1 font-medium">
                    {c.sessionId && c.kind !== "removed" ? (
                      <Link href={`/forums/${forum.slug}/sessions/${c.sessionId}`} className="text-brand underline-offset-4 hover:underline">
                        {c.title}
                      </Link>
                    ) : (
                      c.title
                    )}
                  </p>
                  <p className="text-sm">{c.summary}</p>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </>
  );
}
