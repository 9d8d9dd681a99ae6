import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getAgendaSession, listBookmarkedSessionIds } from "@/lib/agenda/queries";
import { getDisplayZone } from "@/lib/agenda/viewer-zone";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SessionBadges, TrackLabel } from "@/components/agenda/session-badges";
import { TimeRange } from "@/components/agenda/session-time";
import { BookmarkButton } from "@/components/agenda/bookmark-button";
import { RelatedNews } from "@/components/related-news";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS, VISIBILITY_LABELS } from "@/lib/agenda/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, sessionId } = await params;
  const found = await getAgendaSession({ slug, sessionId, viewer: await getCurrentUser() });
  if (!found) return { title: "Session not found" };
  // Closed sessions stay out of search engines even for the people who may open them.
  const open = found.session.visibility === "public" && found.session.status !== "draft";
  return { title: `${found.session.title} · ${found.forum.name}`, robots: open ? undefined : { index: false, follow: false } };
}

export default async function SessionPage({ params }: Props) {
  const { slug, sessionId } = await params;
  const viewer = await getCurrentUser();
  const found = await getAgendaSession({ slug, sessionId, viewer });
  if (!found) notFound();
  const { forum, session } = found;
  const display = await getDisplayZone(forum.timeZone);
  const bookmarked = viewer ? (await listBookmarkedSessionIds({ viewer, forumId: forum.id })).has(session.id) : false;
  const ownZone = display.viewerZone && !display.sameAsForum ? display.viewerZone : null;

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/forums/${forum.slug}/agenda`} className="hover:underline">
            {forum.name}: agenda
          </Link>
        }
        title={session.title}
        actions={
          <>
            {viewer ? <BookmarkButton sessionId={session.id} bookmarked={bookmarked} title={session.title} /> : null}
            <a href={`/api/calendar/sessions/${session.id}`} className={buttonClass("secondary")} download>
              Add to calendar (.ics)
            </a>
          </>
        }
      >
        <SessionBadges session={session} />
      </PageHeader>

      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-3">
        <article className="space-y-6 md:col-span-2">
          {!forum.agendaPublishedAt ? <Alert tone="warning" title="Draft preview">This agenda is not published; only organisers can see this page.</Alert> : null}
          {session.status === "cancelled" ? (
            <Alert tone="error" title="This session has been cancelled">
              It stays on the agenda so that anyone who planned to attend can see that it will not take place.
            </Alert>
          ) : null}
          {session.chathamHouse ? (
            <Alert tone="info" title="Chatham House rule">
              Participants may use what is said in this session, but may not reveal who said it or which organisation
              they represent.
            </Alert>
          ) : null}
          <section aria-labelledby="abstract-heading">
            <h2 id="abstract-heading" className="mb-2 font-serif text-2xl font-semibold">
              About this session
            </h2>
            <div className="whitespace-pre-line text-ink">{session.abstract || "Details will follow."}</div>
          </section>
          {session.presenters.length ? (
            <section aria-labelledby="presenters-heading">
              <h2 id="presenters-heading" className="mb-2 font-serif text-2xl font-semibold">
                Presenters
              </h2>
              <ul className="space-y-3">
                {session.presenters.map((p) => (
                  <li key={p.id} className="rounded border border-line bg-white p-3">
                    <Link href={`/presenters/${p.slug}`} className="font-semibold text-brand underline-offset-4 hover:underline">
                      {p.name}
                    </Link>
                    <span className="text-muted"> · {PRESENTER_ROLE_LABELS[p.role]}</span>
                    {p.title || p.organisation ? <p className="text-sm text-muted">{[p.title, p.organisation].filter(Boolean).join(", ")}</p> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <RelatedNews sessionId={session.id} />
        </article>

        <aside aria-label="Session details" className="space-y-4">
          <dl className="space-y-3 rounded border border-line bg-white p-4 text-sm">
            <div>
              <dt className="text-muted">When (forum time)</dt>
              <dd className="font-medium">
                <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} zone={forum.timeZone} withDay />
              </dd>
            </div>
            {ownZone ? (
              <div>
                <dt className="text-muted">When (your time, {ownZone.replace(/_/g, " ")})</dt>
                <dd className="font-medium">
                  <TimeRange startsAt={session.startsAt} endsAt={session.endsAt} zone={ownZone} withDay />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-muted">Where</dt>
              <dd>{[session.room?.name ?? "To be announced", forum.venue, forum.city].filter(Boolean).join(", ")}</dd>
            </div>
            <div>
              <dt className="text-muted">Kind</dt>
              <dd>{SESSION_KIND_LABELS[session.kind]}</dd>
            </div>
            {session.track ? (
              <div>
                <dt className="text-muted">Track</dt>
                <dd>
                  <TrackLabel track={session.track} />
                </dd>
              </div>
            ) : null}
            <div>
              <dt className="text-muted">Who may attend</dt>
              <dd>{VISIBILITY_LABELS[session.visibility]}</dd>
            </div>
          </dl>
        </aside>
      </div>
    </>
  );
}
