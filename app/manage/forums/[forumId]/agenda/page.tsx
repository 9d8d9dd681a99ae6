import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getAgendaForEditor } from "@/lib/agenda/queries";
import { daysBetween, formatDay, zoneLabelOn } from "@/lib/time";
import { ButtonLink } from "@/components/ui/button";
import { AgendaGrid, type GridSession } from "@/components/agenda-editor/agenda-grid";
import { IssueList } from "@/components/agenda-editor/issue-list";
import { PublishForm } from "@/components/agenda-editor/publish-form";
import { authorizePage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Agenda editor" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ forumId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AgendaEditorPage({ params, searchParams }: Props) {
  await authorizePage("sessions.manage");
  const { forumId } = await params;
  const q = await searchParams;
  const agenda = await getAgendaForEditor(forumId, await getCurrentUser());
  if (!agenda) notFound();
  const { forum, sessions, issues } = agenda;
  const forumDays = daysBetween(forum.startsOn, forum.endsOn);
  // Sessions outside the forum's dates still get a tab, so they can be found and moved back.
  const extraDays = [...new Set(sessions.map((s) => s.day))].filter((d) => !forumDays.includes(d));
  const days = [...forumDays, ...extraDays].sort();
  const day = q.day && days.includes(q.day) ? q.day : days[0];
  const issueCount = new Map<string, number>();
  for (const i of issues) for (const side of i.sides) if (side.type === "session") issueCount.set(side.id, (issueCount.get(side.id) ?? 0) + 1);
  const daySessions: GridSession[] = sessions
    .filter((s) => s.day === day)
    .map((s) => ({
      id: s.id,
      title: s.title,
      kind: s.kind,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      roomId: s.roomId,
      trackName: s.trackName,
      trackColour: s.trackColour,
      visibility: s.visibility,
      chathamHouse: s.chathamHouse,
      status: s.status,
      version: s.version,
      presenterNames: s.presenterNames,
      issueCount: issueCount.get(s.id) ?? 0,
    }));
  const drafts = sessions.filter((s) => s.status === "draft").length;
  const label = zoneLabelOn(day, forum.timeZone);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="font-serif text-2xl font-semibold">Agenda</h2>
          <p className="text-sm text-muted">
            {sessions.length} session{sessions.length === 1 ? "" : "s"} · {drafts} draft · times in {forum.timeZone.replace(/_/g, " ")} ({label})
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/manage/forums/${forum.id}/sessions/new?day=${day}`}>Add session</ButtonLink>
          <ButtonLink href={`/forums/${forum.slug}/agenda`} variant="secondary">
            Preview agenda
          </ButtonLink>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="publish-heading" className="rounded border border-line bg-white p-4">
          <h3 id="publish-heading" className="mb-2 font-semibold">
            {forum.agendaPublishedAt ? "Published" : "Draft agenda"}
          </h3>
          {forum.agendaPublishedAt ? (
            <p className="mb-2 text-sm">
              Published {formatDay(forum.agendaPublishedAt.toISOString().slice(0, 10))}. Changes to published sessions are listed in the{" "}
              <Link href={`/manage/forums/${forum.id}/changes`} className="text-brand underline underline-offset-2">
                change log
              </Link>
              .
            </p>
          ) : null}
          <PublishForm forumId={forum.id} issueCount={issues.length} draftCount={drafts} published={!!forum.agendaPublishedAt} forumStatus={forum.status} />
        </section>
        <section aria-labelledby="issues-heading" className="rounded border border-line bg-white p-4">
          <h3 id="issues-heading" className="mb-2 font-semibold">
            Agenda issues ({issues.length})
          </h3>
          {issues.length ? (
            <div className="max-h-80 overflow-y-auto pr-1">
              <IssueList issues={issues} forumId={forum.id} />
            </div>
          ) : (
            <p className="text-sm text-ok">
              <span aria-hidden="true">✓ </span>No clashes, no presenters in two places, everything inside the forum&apos;s dates and rooms.
            </p>
          )}
        </section>
      </div>

      <section aria-labelledby="grid-heading">
        <h3 id="grid-heading" className="sr-only">
          Sessions by day and room
        </h3>
        <nav aria-label="Days" className="mb-3">
          <ul className="flex flex-wrap gap-2">
            {days.map((d) => {
              const count = sessions.filter((s) => s.day === d).length;
              const outside = !forumDays.includes(d);
              return (
                <li key={d}>
                  <Link
                    href={`?day=${d}`}
                    aria-current={d === day ? "page" : undefined}
                    className={`block rounded border px-3 py-1.5 text-sm ${d === day ? "border-brand bg-brand text-white" : "border-line bg-white text-brand hover:bg-accent-light"}`}
                  >
                    {formatDay(d, { year: false })}
                    <span className={d === day ? "text-blue-100" : "text-muted"}> · {count}</span>
                    {outside ? <span> (outside forum dates)</span> : null}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        {forum.rooms.length === 0 ? (
          <p className="mb-3 rounded border border-line bg-white p-3 text-sm">
            This forum has no rooms yet.{" "}
            <Link href={`/manage/forums/${forum.id}#rooms`} className="text-brand underline underline-offset-2">
              Add rooms
            </Link>{" "}
            to schedule sessions side by side.
          </p>
        ) : null}
        <AgendaGrid forumId={forum.id} timeZone={forum.timeZone} day={day} rooms={forum.rooms} sessions={daySessions} highlight={q.saved} />
      </section>
    </div>
  );
}
