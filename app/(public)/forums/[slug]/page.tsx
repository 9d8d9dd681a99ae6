import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumBySlug, registrationState } from "@/lib/forums/queries";
import { formatDayRange, zoneLabelOn } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { RelatedNews } from "@/components/related-news";
import { may } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const forum = await getForumBySlug(slug, await getCurrentUser());
  return forum ? { title: forum.name, description: forum.description.slice(0, 200) } : { title: "Forum not found" };
}

export default async function ForumPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const forum = await getForumBySlug(slug, viewer);
  if (!forum) notFound();
  const label = zoneLabelOn(forum.startsOn, forum.timeZone);
  const registration = registrationState(forum);
  return (
    <>
      <PageHeader
        eyebrow={forum.status === "draft" ? "Draft forum (visible to organisers only)" : "Forum"}
        title={forum.name}
        actions={
          <>
            {forum.agendaPublishedAt || may(viewer, "sessions.manage") ? (
              <ButtonLink href={`/forums/${forum.slug}/agenda`} variant="secondary">
                View agenda
              </ButtonLink>
            ) : null}
            {registration === "open" ? <ButtonLink href={`/forums/${forum.slug}/register`}>Register to attend</ButtonLink> : null}
          </>
        }
      >
        <p className="font-medium text-ink">{formatDayRange(forum.startsOn, forum.endsOn)}</p>
        <p>{[forum.venue, forum.city, forum.country].filter(Boolean).join(", ")}</p>
      </PageHeader>
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-3">
        <section className="md:col-span-2" aria-labelledby="about-heading">
          <h2 id="about-heading" className="mb-3 font-serif text-2xl font-semibold">
            About this forum
          </h2>
          <div className="space-y-3 whitespace-pre-line text-ink">{forum.description || "Details will follow."}</div>
          <div className="mt-8">
            <RelatedNews forumId={forum.id} heading="News from this forum" />
          </div>
        </section>
        <aside className="space-y-6" aria-label="Forum details">
          <div className="rounded border border-line bg-white p-4">
            <h2 className="mb-2 font-semibold">Practical details</h2>
            <dl className="space-y-2 text-sm">
              <div>
                <dt className="text-muted">Local time</dt>
                <dd>
                  {forum.timeZone.replace(/_/g, " ")} ({label})
                </dd>
              </div>
              <div>
                <dt className="text-muted">Registration</dt>
                <dd>
                  {registration === "open" && "Open for business participants"}
                  {registration === "not_yet" && "Opens soon"}
                  {registration === "closed" && "Closed"}
                  {registration === "unavailable" && "Not open"}
                </dd>
              </div>
              {!forum.agendaPublishedAt ? (
                <div>
                  <dt className="text-muted">Agenda</dt>
                  <dd>
                    <Badge tone="warn">Not yet published</Badge>
                  </dd>
                </div>
              ) : null}
            </dl>
          </div>
          {forum.rooms.length ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">Rooms</h2>
              <ul className="space-y-1 text-sm">
                {forum.rooms.map((r) => (
                  <li key={r.id}>{r.name}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {forum.tracks.length ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">Tracks</h2>
              <ul className="space-y-1 text-sm">
                {forum.tracks.map((t) => (
                  <li key={t.id} className="flex items-center gap-2">
                    <span aria-hidden className="inline-block h-3 w-3 rounded-sm" style={{ backgroundColor: t.colour }} />
                    {t.name}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </aside>
      </div>
    </>
  );
}
