import Link from "next/link";
import { type AgendaSession } from "@/lib/agenda/types";
import { SessionBadges, TrackLabel } from "@/components/agenda/session-badges";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS } from "@/lib/agenda/labels";

/** Title, badges and the facts under it: shared by the list, the grid and My agenda. */
export function SessionSummary({
  session,
  href,
  headingLevel = 3,
  compact = false,
  hideDraft = false,
}: {
  session: AgendaSession;
  href: string;
  headingLevel?: 3 | 4;
  compact?: boolean;
  /** In a draft preview every session is a draft; the page banner says so once. */
  hideDraft?: boolean;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const cancelled = session.status === "cancelled";
  return (
    <div className="min-w-0">
      <Heading className={`font-semibold leading-snug ${compact ? "text-sm" : "text-base"}`}>
        <Link href={href} className={`text-brand underline-offset-4 hover:underline ${cancelled ? "line-through decoration-2" : ""}`}>
          {session.title}
        </Link>
      </Heading>
      {session.status !== "published" || session.visibility !== "public" || session.chathamHouse ? (
        <div className="mt-1">
          <SessionBadges session={session} hideDraft={hideDraft} />
        </div>
      ) : null}
      <p className={`mt-1 flex flex-wrap gap-x-3 gap-y-1 text-muted ${compact ? "text-xs" : "text-sm"}`}>
        <span>{SESSION_KIND_LABELS[session.kind]}</span>
        {session.room ? <span>{session.room.name}</span> : null}
        <TrackLabel track={session.track} />
      </p>
      {session.presenters.length ? (
        <p className={`mt-1 text-ink ${compact ? "text-xs" : "text-sm"}`}>
          {session.presenters.map((p, i) => (
            <span key={p.id}>
              {i > 0 ? "; " : null}
              {p.name}
              <span className="text-muted"> ({PRESENTER_ROLE_LABELS[p.role].toLowerCase()})</span>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
