import Link from "next/link";
import { registrationState, type ForumCard as ForumCardData } from "@/lib/forums/queries";
import { formatDayRange, zoneLabelOn } from "@/lib/time";
import { Badge } from "@/components/ui/badge";

export function ForumCard({ forum }: { forum: ForumCardData }) {
  const label = zoneLabelOn(forum.startsOn, forum.timeZone);
  return (
    <article className="flex flex-col rounded border border-line bg-white p-5 shadow-sm">
      <div className="mb-2 flex flex-wrap gap-2">
        {forum.status === "draft" ? <Badge tone="warn">Draft: organisers only</Badge> : null}
        {forum.status === "archived" ? <Badge>Archived</Badge> : null}
        {forum.agendaPublishedAt ? <Badge tone="accent">Agenda published</Badge> : null}
        {registrationState(forum) === "open" ? <Badge tone="ok">Registration open</Badge> : null}
      </div>
      <h3 className="font-serif text-xl font-semibold">
        <Link href={`/forums/${forum.slug}`} className="text-brand underline-offset-4 hover:underline">
          {forum.name}
        </Link>
      </h3>
      <p className="mt-1 text-sm font-medium text-ink">{formatDayRange(forum.startsOn, forum.endsOn)}</p>
      <p className="text-sm text-muted">
        {[forum.venue, forum.city, forum.country].filter(Boolean).join(", ")}
        <span className="block text-xs">Times in {label}</span>
      </p>
      {forum.description ? <p className="mt-3 line-clamp-3 text-sm text-ink">{forum.description}</p> : null}
    </article>
  );
}
