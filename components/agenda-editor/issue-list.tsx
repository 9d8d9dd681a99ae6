import Link from "next/link";
import { ISSUE_LABELS, type AgendaIssue, type IssueSide } from "@/lib/agenda/conflicts";

function sideHref(forumId: string, side: IssueSide): string {
  if (side.type === "session") return `/manage/forums/${forumId}/sessions/${side.id}`;
  if (side.type === "room") return `/manage/forums/${forumId}#rooms`;
  return `/manage/forums/${forumId}#dates`;
}

function SideLink({ forumId, side, self }: { forumId: string; side: IssueSide; self?: string }) {
  if (side.type === "session" && side.id === self) return <span className="font-medium">this session</span>;
  // A session being created has no page yet.
  if (side.type === "session" && side.id === "(new session)") return <span className="font-medium">this session</span>;
  return (
    <Link href={sideHref(forumId, side)} className="font-medium text-brand underline underline-offset-2">
      {side.type === "room" ? `Room: ${side.title}` : side.title}
    </Link>
  );
}

/** Issues with both sides named and linked; the kind is written out, never shown by colour alone. */
export function IssueList({ issues, forumId, self }: { issues: AgendaIssue[]; forumId: string; self?: string }) {
  return (
    <ul className="space-y-2">
      {issues.map((issue) => (
        <li key={issue.key} className="rounded border border-warn/40 bg-warn-light px-3 py-2 text-sm">
          <p className="font-semibold text-warn">
            <span aria-hidden="true">⚠ </span>
            {ISSUE_LABELS[issue.kind]}
          </p>
          <p className="mt-0.5 text-ink">{issue.message}</p>
          <p className="mt-1 flex flex-wrap items-center gap-x-2 text-ink">
            <SideLink forumId={forumId} side={issue.sides[0]} self={self} />
            <span aria-hidden="true">↔</span>
            <span className="sr-only">and</span>
            <SideLink forumId={forumId} side={issue.sides[1]} self={self} />
          </p>
        </li>
      ))}
    </ul>
  );
}
