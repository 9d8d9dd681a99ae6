import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPresenterPage, type PresenterPage } from "@/lib/presenters/queries";
import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { Badge } from "@/components/ui/badge";
import { RelatedNews } from "@/components/related-news";
import { may } from "@/lib/auth/permissions";
import { PRESENTER_ROLE_LABELS } from "@/lib/agenda/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await getPresenterPage((await params).slug, await getCurrentUser());
  if (!p) return { title: "Presenter not found" };
  return { title: p.name, description: [p.title, p.organisation, p.country].filter(Boolean).join(", ") };
}

export default async function PresenterProfilePage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const presenter = await getPresenterPage(slug, viewer);
  if (!presenter) notFound();
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <p className="mb-4 text-sm">
        <Link href="/presenters" className="text-brand underline-offset-4 hover:underline">
          ← All presenters
        </Link>
      </p>
      <article>
        <header className="flex flex-col gap-6 sm:flex-row sm:items-start">
          {presenter.photoUrl ? (
            <Image
              src={presenter.photoUrl}
              alt={presenter.name}
              width={160}
              height={160}
              unoptimized
              priority
              className="h-40 w-40 shrink-0 rounded object-cover"
            />
          ) : null}
          <div>
            <h1 className="font-serif text-3xl font-semibold">{presenter.name}</h1>
            {presenter.title ? <p className="mt-1 text-lg text-ink">{presenter.title}</p> : null}
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {presenter.organisation ? (
                <>
                  <dt className="text-muted">Organisation</dt>
                  <dd>{presenter.organisation}</dd>
                </>
              ) : null}
              {presenter.country ? (
                <>
                  <dt className="text-muted">Country</dt>
                  <dd>{presenter.country}</dd>
                </>
              ) : null}
            </dl>
            {may(viewer, "presenters.manage") ? (
              <p className="mt-3 text-sm">
                <Link href={`/manage/presenters/${presenter.id}`} className="text-brand underline underline-offset-4">
                  Edit in the organiser console
                </Link>
              </p>
            ) : null}
          </div>
        </header>
        {presenter.bio ? (
          <section aria-labelledby="bio-heading" className="mt-8">
            <h2 id="bio-heading" className="sr-only">
              Biography
            </h2>
            <p className="max-w-prose whitespace-pre-line leading-relaxed">{presenter.bio}</p>
          </section>
        ) : null}
        <section aria-labelledby="sessions-heading" className="mt-10">
          <h2 id="sessions-heading" className="font-serif text-2xl font-semibold">
            Sessions
          </h2>
          {presenter.forums.length ? (
            presenter.forums.map((group) => <ForumSessions key={group.forum.id} group={group} />)
          ) : (
            <p className="mt-2 text-muted">No sessions have been announced for {presenter.name} yet.</p>
          )}
        </section>
        <div className="mt-10">
          <RelatedNews presenterId={presenter.id} />
        </div>
      </article>
    </div>
  );
}

function ForumSessions({ group }: { group: PresenterPage["forums"][number] }) {
  const { forum, sessions } = group;
  return (
    <section aria-label={forum.name} className="mt-4">
      <h3 className="font-semibold">
        <Link href={`/forums/${forum.slug}`} className="text-brand underline-offset-4 hover:underline">
          {forum.name}
        </Link>
      </h3>
      <ul className="mt-2 divide-y divide-line rounded border border-line bg-white">
        {sessions.map((s) => (
          <li key={s.id} className="px-4 py-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link
                href={`/forums/${forum.slug}/sessions/${s.id}`}
                className={`font-medium text-brand underline-offset-4 hover:underline ${s.status === "cancelled" ? "line-through" : ""}`}
              >
                {s.title}
              </Link>
              <span className="flex flex-wrap gap-1">
                <Badge tone="brand">{PRESENTER_ROLE_LABELS[s.role]}</Badge>
                {s.status === "cancelled" ? <Badge tone="danger">Cancelled</Badge> : null}
                {s.status === "draft" ? <Badge tone="warn">Draft</Badge> : null}
                {s.visibility === "delegates" ? <Badge tone="warn">Closed: delegates only</Badge> : null}
                {s.visibility === "registered" ? <Badge tone="accent">Registered participants</Badge> : null}
                {s.chathamHouse ? <Badge title="What is said may be reported, but not who said it.">Chatham House rule</Badge> : null}
              </span>
            </div>
            <p className="mt-1 text-sm text-muted">
              <time dateTime={s.startsAt.toISOString()}>
                {formatDay(dayInZone(s.startsAt, forum.timeZone))}, {timeInZone(s.startsAt, forum.timeZone)}–{timeInZone(s.endsAt, forum.timeZone)}{" "}
                {zoneLabel(s.startsAt, forum.timeZone)}
              </time>
              {s.room ? ` · ${s.room.name}` : null}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
