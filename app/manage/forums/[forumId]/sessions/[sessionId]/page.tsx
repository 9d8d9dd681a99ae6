import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForEditing } from "@/lib/forums/queries";
import { getSessionForEditing, listPresenterOptions, readSessionIssues } from "@/lib/agenda/queries";
import { daysBetween } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { SessionForm } from "@/components/agenda-editor/session-form";
import { SessionActions } from "@/components/agenda-editor/session-actions";
import { authorizePage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Edit session" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ forumId: string; sessionId: string }> };

export default async function EditSessionPage({ params }: Props) {
  await authorizePage("sessions.manage");
  const { forumId, sessionId } = await params;
  const viewer = await getCurrentUser();
  const [forum, session] = await Promise.all([getForumForEditing(forumId, viewer), getSessionForEditing(sessionId, viewer)]);
  if (!forum || !session || session.forumId !== forum.id) notFound();
  const days = daysBetween(forum.startsOn, forum.endsOn);
  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link href={`/manage/forums/${forum.id}/agenda?day=${session.values.date}`} className="text-brand underline underline-offset-2">
              Back to the agenda
            </Link>
          </p>
          <h2 className="font-serif text-2xl font-semibold">
            {session.title}{" "}
            {session.status === "cancelled" ? <Badge tone="danger">Cancelled</Badge> : session.status === "draft" ? <Badge tone="warn">Draft</Badge> : <Badge tone="ok">Published</Badge>}
          </h2>
        </div>
        <SessionActions
          forumId={forum.id}
          sessionId={session.id}
          version={session.version}
          status={session.status}
          agendaPublished={!!forum.agendaPublishedAt}
          bookmarks={session.bookmarks}
          interests={session.interests}
        />
      </div>
      <SessionForm
        // A new version from elsewhere re-keys nothing: typed values stay, only the version the save carries moves on.
        mode="edit"
        sessionId={session.id}
        version={session.version}
        forum={{ id: forum.id, timeZone: forum.timeZone, days, agendaPublished: !!forum.agendaPublishedAt }}
        rooms={forum.rooms}
        tracks={forum.tracks}
        presenterOptions={await listPresenterOptions(viewer)}
        values={session.values}
        initialIssues={await readSessionIssues(session.id)}
      />
    </div>
  );
}
