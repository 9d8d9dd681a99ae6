import { Badge } from "@/components/ui/badge";
import type { AgendaSession } from "@/lib/agenda/types";

/** The words that matter about a session's access and status; never colour alone. */
export function SessionBadges({ session, showPublic = false, hideDraft = false }: { session: Pick<AgendaSession, "visibility" | "chathamHouse" | "status">; showPublic?: boolean; hideDraft?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {session.status === "cancelled" ? <Badge tone="danger">Cancelled</Badge> : null}
      {session.status === "draft" && !hideDraft ? <Badge tone="warn">Draft: not published</Badge> : null}
      {session.visibility === "delegates" ? (
        <Badge tone="brand" title="Closed session for member-state delegates">
          Delegates only
        </Badge>
      ) : null}
      {session.visibility === "registered" ? (
        <Badge tone="accent" title="For approved participants of this forum">
          Registered participants
        </Badge>
      ) : null}
      {session.visibility === "public" && showPublic ? <Badge>Open to all</Badge> : null}
      {session.chathamHouse ? (
        <Badge tone="warn" title="What is said may be reported, but not who said it">
          Chatham House rule
        </Badge>
      ) : null}
    </span>
  );
}

/** A track's colour beside its name, so the colour is a help and never the only cue. */
export function TrackLabel({ track }: { track: { name: string; colour: string } | null }) {
  if (!track) return null;
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden className="inline-block h-3 w-3 shrink-0 rounded-sm border border-black/20" style={{ backgroundColor: track.colour }} />
      <span>
        <span className="sr-only">Track: </span>
        {track.name}
      </span>
    </span>
  );
}
