import { formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { buildDayGrid } from "@/lib/agenda/schedule";
import type { AgendaDay } from "@/components/agenda/agenda-list";
import { TimeRange } from "@/components/agenda/session-time";
import { SessionSummary } from "@/components/agenda/session-summary";
import { GridKeyboard } from "@/components/agenda/grid-keyboard";

type Room = { id: string; name: string; position: number };

/**
 * The room-by-time grid: a real table (rooms as column headers, start times as row headers) so screen readers
 * announce where and when each session is; arrow keys move between sessions.
 */
export function AgendaGrid({ days, rooms, zone, forumSlug, draftPreview = false }: { days: AgendaDay[]; rooms: Room[]; zone: string; forumSlug: string; draftPreview?: boolean }) {
  return (
    <div className="space-y-10">
      {days.map(({ day, sessions }) => {
        const grid = buildDayGrid(sessions, rooms);
        return (
          <section key={day} aria-labelledby={`grid-day-${day}`}>
            <h2 id={`grid-day-${day}`} className="mb-3 font-serif text-xl font-semibold">
              {formatDay(day)}
            </h2>
            <GridKeyboard>
              <div className="overflow-x-auto rounded border border-line bg-white">
                <table className="w-full min-w-[40rem] table-fixed border-collapse text-left">
                  <caption className="sr-only">
                    Sessions on {formatDay(day)} by room and start time. Arrow keys move between sessions.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className="w-28 border-b border-line bg-paper px-3 py-2 text-xs font-semibold uppercase tracking-wide text-muted">
                        Time
                      </th>
                      {grid.columns.map((c) => (
                        <th key={c.id || "none"} scope="col" className="border-b border-l border-line bg-paper px-3 py-2 text-sm font-semibold">
                          {c.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {grid.rows.map((row) => (
                      <tr key={row.start.toISOString()} className="align-top">
                        <th scope="row" className="border-t border-line px-3 py-2 text-sm font-semibold">
                          <time dateTime={row.start.toISOString()}>{timeInZone(row.start, zone)}</time>
                          <span className="block text-xs font-normal text-muted">{zoneLabel(row.start, zone)}</span>
                        </th>
                        {row.cells.map((cell, i) =>
                          cell.type === "covered" ? null : cell.type === "empty" ? (
                            <td key={i} className="border-l border-t border-line" />
                          ) : (
                            <td
                              key={cell.session.id}
                              rowSpan={cell.rowSpan}
                              colSpan={cell.colSpan}
                              className={`border-l border-t border-line p-2 ${cell.session.status === "cancelled" ? "bg-gray-50" : cell.session.kind === "break" ? "bg-paper" : ""}`}
                              style={cell.session.track ? { boxShadow: `inset 4px 0 0 ${cell.session.track.colour}` } : undefined}
                            >
                              <p className="mb-1 text-xs text-muted">
                                <TimeRange startsAt={cell.session.startsAt} endsAt={cell.session.endsAt} zone={zone} />
                              </p>
                              <SessionSummary session={cell.session} href={`/forums/${forumSlug}/sessions/${cell.session.id}`} compact hideDraft={draftPreview} />
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </GridKeyboard>
            {grid.overflow.length ? (
              <div className="mt-3 rounded border border-warn bg-warn-light p-3 text-sm">
                <p className="font-semibold">Also at these times (same room or overlapping the whole venue):</p>
                <ul className="mt-2 space-y-2">
                  {grid.overflow.map((s) => (
                    <li key={s.id}>
                      <SessionSummary session={s} href={`/forums/${forumSlug}/sessions/${s.id}`} compact />
                      <span className="text-xs text-muted">
                        <TimeRange startsAt={s.startsAt} endsAt={s.endsAt} zone={zone} />
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
