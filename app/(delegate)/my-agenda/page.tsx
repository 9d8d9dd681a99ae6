import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listCalendarFeeds, listMyAgenda, type MyAgendaItem } from "@/lib/agenda/queries";
import { getDisplayZone } from "@/lib/agenda/viewer-zone";
import { clashingIds, findClashes, groupByDay } from "@/lib/agenda/schedule";
import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { TimeRange } from "@/components/agenda/session-time";
import { SessionSummary } from "@/components/agenda/session-summary";
import { BookmarkButton } from "@/components/agenda/bookmark-button";
import { AcknowledgeButton } from "@/components/agenda/acknowledge-button";
import { CalendarFeeds } from "@/components/agenda/calendar-feeds";
import { PrintButton } from "@/components/agenda/print-button";
import { PrintPageStyle } from "@/components/agenda/print-page-style";
import { ZoneSwitch } from "@/components/agenda/zone-switch";
import { may } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My agenda" };

const CHANGE_LABELS: Record<string, string> = { added: "Added", updated: "Updated", moved: "Moved", cancelled: "Cancelled", removed: "Removed" };

export default async function MyAgendaPage() {
  const viewer = await getCurrentUser();
  if (!viewer) redirect("/sign-in?callbackUrl=/my-agenda");
  const [items, feeds] = await Promise.all([listMyAgenda(viewer), listCalendarFeeds(viewer.id)]);

  // Saved sessions are grouped per forum, each in the zone the viewer chose for it (its own or theirs).
  const forums = new Map<string, { forum: MyAgendaItem["forum"]; items: MyAgendaItem[] }>();
  for (const item of items) {
    const entry = forums.get(item.forum.id) ?? { forum: item.forum, items: [] };
    entry.items.push(item);
    forums.set(item.forum.id, entry);
  }
  const clashes = findClashes(items);
  const clashMap = clashingIds(clashes);
  const changed = items.filter((i) => i.changed);
  const firstZone = items[0]?.forum.timeZone ?? "UTC";
  const display = await getDisplayZone(firstZone);

  return (
    <>
      <PrintPageStyle />
      <PageHeader title="My agenda" eyebrow={viewer.name ?? viewer.email} actions={items.length ? <PrintButton /> : null}>
        <p>Sessions you saved, with clashes and changes flagged. Subscribe to them in your own calendar below.</p>
      </PageHeader>
      <div className="mx-auto max-w-6xl space-y-8 px-4 py-6">
        {items.length === 0 ? (
          <div className="rounded border border-line bg-white p-6">
            <p>You have not saved any sessions yet.</p>
            <p className="mt-2 text-muted">
              Open a forum&apos;s agenda from the <Link href="/" className="text-brand underline">list of forums</Link> and choose “Add to my agenda” on the sessions you plan to attend.
            </p>
          </div>
        ) : (
          <>
            <div className="no-print space-y-3">
              {changed.length ? (
                <Alert tone="warning" title={`${changed.length} saved ${changed.length === 1 ? "session has" : "sessions have"} changed since you saved ${changed.length === 1 ? "it" : "them"}`}>
                  <ul className="mt-1 list-disc pl-5">
                    {changed.map((i) => (
                      <li key={i.id}>
                        <a href={`#saved-${i.id}`} className="underline">
                          {i.title}
                        </a>
                        {i.status === "cancelled" ? " (cancelled)" : null}
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
              {clashes.length ? (
                <Alert tone="error" title={`${clashes.length} ${clashes.length === 1 ? "clash" : "clashes"} among your saved sessions`}>
                  <ul className="mt-1 list-disc pl-5">
                    {clashes.map(({ a, b }) => (
                      <li key={`${a.id}-${b.id}`}>
                        “{a.title}” overlaps “{b.title}” ({formatDay(dayInZone(b.startsAt, a.forum.timeZone))}, from {timeInZone(b.startsAt, a.forum.timeZone)}{" "}
                        {zoneLabel(b.startsAt, a.forum.timeZone)})
                      </li>
                    ))}
                  </ul>
                </Alert>
              ) : null}
              {display.sameAsForum ? null : (
                <ZoneSwitch mode={display.mode} forumZoneLabel={zoneLabel(items[0].startsAt, firstZone)} knownViewerZone={display.viewerZone} />
              )}
            </div>

            {[...forums.values()].map(({ forum, items: list }) => {
              const zone = display.mode === "local" && display.viewerZone ? display.viewerZone : forum.timeZone;
              return (
                <section key={forum.id} aria-labelledby={`forum-${forum.id}`} className="space-y-4">
                  <h2 id={`forum-${forum.id}`} className="font-serif text-2xl font-semibold">
                    <Link href={`/forums/${forum.slug}/agenda`} className="text-brand underline-offset-4 hover:underline">
                      {forum.name}
                    </Link>
                    <span className="ml-2 text-sm font-normal text-muted">times in {zone.replace(/_/g, " ")}</span>
                  </h2>
                  {groupByDay(list, zone).map(({ day, sessions }) => (
                    <div key={day}>
                      <h3 className="mb-2 border-b border-line pb-1 font-semibold">{formatDay(day)}</h3>
                      <ol className="divide-y divide-line rounded border border-line bg-white">
                        {sessions.map((s) => {
                          const others = clashMap.get(s.id);
                          return (
                            <li key={s.id} id={`saved-${s.id}`} className="flex flex-col gap-3 p-4 sm:flex-row print:break-inside-avoid">
                              <p className="shrink-0 text-sm font-medium sm:w-44">
                                <TimeRange startsAt={s.startsAt} endsAt={s.endsAt} zone={zone} />
                              </p>
                              <div className="min-w-0 flex-1 space-y-2">
                                <SessionSummary session={s} href={`/forums/${forum.slug}/sessions/${s.id}`} headingLevel={4} />
                                {others ? (
                                  <p className="text-sm text-danger">
                                    <Badge tone="danger">Clash</Badge> Overlaps {others.map((o) => `“${o.title}”`).join(" and ")}.
                                  </p>
                                ) : null}
                                {s.changed ? (
                                  <div className="rounded border border-warn bg-warn-light p-3 text-sm">
                                    <p className="font-semibold">{s.status === "cancelled" ? "Cancelled since you saved it" : "Changed since you saved it"}</p>
                                    {s.changes.length ? (
                                      <ul className="mt-1 list-disc pl-5">
                                        {s.changes.map((c) => (
                                          <li key={c.id}>
                                            {CHANGE_LABELS[c.kind] ?? c.kind}: {c.summary}{" "}
                                            <span className="text-muted">
                                              ({formatDay(dayInZone(c.at, zone), { year: false })} {timeInZone(c.at, zone)})
                                            </span>
                                          </li>
                                        ))}
                                      </ul>
                                    ) : (
                                      <p className="mt-1">Check the time, room and details above.</p>
                                    )}
                                    <div className="mt-2">
                                      <AcknowledgeButton sessionId={s.id} title={s.title} />
                                    </div>
                                  </div>
                                ) : null}
                              </div>
                              <BookmarkButton sessionId={s.id} bookmarked title={s.title} compact />
                            </li>
                          );
                        })}
                      </ol>
                    </div>
                  ))}
                </section>
              );
            })}
          </>
        )}

        <section aria-labelledby="calendar-heading" className="no-print space-y-3">
          <h2 id="calendar-heading" className="font-serif text-2xl font-semibold">
            Subscribe in your calendar
          </h2>
          <p className="max-w-3xl text-sm text-muted">
            A private link keeps your calendar app in step with your saved sessions: new times, rooms and cancellations
            arrive on their own. Times travel as exact instants, so your calendar shows them in its own zone.
            {may(viewer, "calendar-feeds.all-visible") ? " As a delegate you can also subscribe to every session you may attend, closed sessions included." : null}
          </p>
          <CalendarFeeds
            feeds={feeds.map((f) => ({ id: f.id, scope: f.scope, createdAt: formatDay(dayInZone(f.createdAt, firstZone)) }))}
            canSubscribeAll={may(viewer, "calendar-feeds.all-visible")}
          />
        </section>
      </div>
    </>
  );
}
