import { formatDay } from "@/lib/time";
import type { AgendaSession } from "@/lib/agenda/types";
import type { DateString } from "@/lib/time";
import { TimeRange } from "@/components/agenda/session-time";
import { SessionSummary } from "@/components/agenda/session-summary";
import { BookmarkButton } from "@/components/agenda/bookmark-button";

export type AgendaDay = { day: DateString; sessions: AgendaSession[] };

/** The agenda as a list by day: the phone view and the printed page. */
export function AgendaList({ days, zone, forumSlug, bookmarked, signedIn, draftPreview = false }: { days: AgendaDay[]; zone: string; forumSlug: string; bookmarked: Set<string>; signedIn: boolean; draftPreview?: boolean }) {
  return (
    <div className="space-y-8">
      {days.map(({ day, sessions }, i) => (
        <section key={day} aria-labelledby={`list-day-${day}`} className={i > 0 ? "print:break-before-page" : ""}>
          <h2 id={`list-day-${day}`} className="mb-3 border-b border-line pb-1 font-serif text-xl font-semibold">
            {formatDay(day)}
          </h2>
          <ol className="divide-y divide-line rounded border border-line bg-white print:border-0">
            {sessions.map((s) => (
              <li key={s.id} className={`flex flex-col gap-2 p-4 sm:flex-row sm:gap-4 print:break-inside-avoid print:px-0 ${s.status === "cancelled" ? "bg-gray-50" : ""}`}>
                <p className="shrink-0 text-sm font-medium text-ink sm:w-44">
                  <TimeRange startsAt={s.startsAt} endsAt={s.endsAt} zone={zone} />
                </p>
                <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:justify-between">
                  <SessionSummary session={s} href={`/forums/${forumSlug}/sessions/${s.id}`} hideDraft={draftPreview} />
                  {signedIn ? <BookmarkButton sessionId={s.id} bookmarked={bookmarked.has(s.id)} title={s.title} compact /> : null}
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
