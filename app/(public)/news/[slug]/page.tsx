import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getWriteUpForReader, listMoreNews } from "@/lib/write-ups/queries";
import { STATUS_LABELS, TAG_LABELS } from "@/lib/write-ups/schema";
import { renderMarkdown } from "@/lib/markdown/render";
import { PROSE_CLASS } from "@/lib/markdown/prose";
import { formatDay, formatTimeWithZone, dayInZone } from "@/lib/time";
import { appUrl } from "@/lib/url";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { may } from "@/lib/auth/permissions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const w = await getWriteUpForReader(slug, await getCurrentUser());
  if (!w) return { title: "Article not found", robots: { index: false } };
  const url = appUrl(`/news/${w.slug}`);
  const image = w.coverId ? [{ url: appUrl(`/media/${w.coverId}`), alt: w.coverAlt }] : undefined;
  return {
    title: w.title,
    description: w.summary.slice(0, 300),
    alternates: {
      canonical: url,
      types: { "application/rss+xml": [{ url: appUrl("/api/news/feed"), title: "Balai news (RSS)" }] },
    },
    // Organisers previewing a draft must never get it indexed or shared.
    robots: w.status === "published" ? undefined : { index: false, follow: false },
    openGraph: {
      type: "article",
      title: w.title,
      description: w.summary.slice(0, 300),
      url,
      siteName: "Balai: Bali Process forums",
      publishedTime: w.publishedAt?.toISOString(),
      modifiedTime: w.updatedAt.toISOString(),
      section: TAG_LABELS[w.tag],
      images: image,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: w.title, description: w.summary.slice(0, 200) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const w = await getWriteUpForReader(slug, viewer);
  if (!w) notFound();
  const more = await listMoreNews(w.id, 3);
  const html = renderMarkdown(w.body);

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      {w.status !== "published" ? (
        <Alert tone="warning" title={`Preview: this article is ${STATUS_LABELS[w.status].toLowerCase()}`}>
          <p>Only organisers can see it. Readers get &quot;page not found&quot; until it is published.</p>
          <p className="mt-2">
            <Link href={`/manage/write-ups/${w.id}`} className="font-medium text-brand underline underline-offset-4">
              Back to the editor
            </Link>
          </p>
        </Alert>
      ) : may(viewer, "write-ups.manage") ? (
        <p className="no-print mb-4 text-right text-sm">
          <Link href={`/manage/write-ups/${w.id}`} className="text-brand underline underline-offset-4">
            Edit this article
          </Link>
        </p>
      ) : null}

      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <ol className="flex flex-wrap gap-1 text-muted">
          <li>
            <Link href="/news" className="text-brand underline-offset-4 hover:underline">
              News
            </Link>
          </li>
          <li aria-hidden>›</li>
          <li>
            <Link href={`/news?tag=${w.tag}`} className="text-brand underline-offset-4 hover:underline">
              {TAG_LABELS[w.tag]}
            </Link>
          </li>
        </ol>
      </nav>

      <div className="grid gap-10 lg:grid-cols-3">
        <article className="lg:col-span-2" aria-labelledby="article-title">
          <header>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
              <Badge tone="accent">{TAG_LABELS[w.tag]}</Badge>
              <time dateTime={w.date}>{formatDay(w.date)}</time>
            </p>
            <h1 id="article-title" className="mt-2 font-serif text-3xl font-semibold leading-tight sm:text-4xl">
              {w.title}
            </h1>
            {w.summary ? <p className="mt-4 text-lg leading-8 text-muted">{w.summary}</p> : null}
          </header>

          {w.coverId ? (
            <figure className="mt-6">
              {/* eslint-disable-next-line @next/next/no-img-element -- served from our own /media route */}
              <img src={`/media/${w.coverId}`} alt={w.coverAlt} className="h-auto w-full rounded" />
            </figure>
          ) : null}

          <div className={`mt-6 ${PROSE_CLASS}`} dangerouslySetInnerHTML={{ __html: html }} />

          {w.quotes.length ? (
            <section aria-label="Quotes" className="mt-8 space-y-6">
              {w.quotes.map((q) => (
                <figure key={q.id} className="border-l-4 border-accent bg-white px-6 py-4">
                  <blockquote className="font-serif text-xl leading-8 text-ink">
                    <p>&ldquo;{q.text}&rdquo;</p>
                  </blockquote>
                  {q.presenter || q.attribution ? (
                    <figcaption className="mt-2 text-sm text-muted">
                      —{" "}
                      {q.presenter ? (
                        <>
                          <Link href={`/presenters/${q.presenter.slug}`} className="font-medium text-brand underline-offset-4 hover:underline">
                            {q.presenter.name}
                          </Link>
                          {q.presenter.title ? `, ${q.presenter.title}` : ""}
                          {q.presenter.organisation && !q.presenter.title.includes(q.presenter.organisation) ? `, ${q.presenter.organisation}` : ""}
                        </>
                      ) : (
                        q.attribution
                      )}
                    </figcaption>
                  ) : null}
                </figure>
              ))}
            </section>
          ) : null}

          {w.images.length ? (
            <section aria-labelledby="gallery-heading" className="mt-10">
              <h2 id="gallery-heading" className="mb-4 font-serif text-2xl font-semibold">
                Photos
              </h2>
              <div className="grid gap-4 sm:grid-cols-2">
                {w.images.map((img) => (
                  <figure key={img.id}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- served from our own /media route */}
                    <img src={`/media/${img.mediaId}`} alt={img.alt} className="h-auto w-full rounded" loading="lazy" />
                    {img.caption ? <figcaption className="mt-1 text-sm text-muted">{img.caption}</figcaption> : null}
                  </figure>
                ))}
              </div>
            </section>
          ) : null}
        </article>

        <aside className="space-y-6" aria-label="About this article">
          {w.forum ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">Forum</h2>
              <Link href={`/forums/${w.forum.slug}`} className="text-brand underline-offset-4 hover:underline">
                {w.forum.name}
              </Link>
            </div>
          ) : null}
          {w.sessions.length ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">Sessions</h2>
              <ul className="space-y-2 text-sm">
                {w.sessions.map((s) => (
                  <li key={s.id}>
                    <Link href={`/forums/${s.forum.slug}/sessions/${s.id}`} className="font-medium text-brand underline-offset-4 hover:underline">
                      {s.title}
                    </Link>
                    <p className="text-muted">
                      {formatDay(dayInZone(s.startsAt, s.forum.timeZone))}, {formatTimeWithZone(s.startsAt, s.forum.timeZone)}
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {w.presenters.length ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">People in this article</h2>
              <ul className="space-y-2 text-sm">
                {w.presenters.map((p) => (
                  <li key={p.id}>
                    <Link href={`/presenters/${p.slug}`} className="font-medium text-brand underline-offset-4 hover:underline">
                      {p.name}
                    </Link>
                    {p.title ? <p className="text-muted">{p.title}</p> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {more.length ? (
            <div className="rounded border border-line bg-white p-4">
              <h2 className="mb-2 font-semibold">More news</h2>
              <ul className="space-y-3 text-sm">
                {more.map((m) => (
                  <li key={m.id}>
                    <Link href={`/news/${m.slug}`} className="font-medium text-brand underline-offset-4 hover:underline">
                      {m.title}
                    </Link>
                    <p className="text-muted">
                      <time dateTime={m.date}>{formatDay(m.date, { weekday: false })}</time> · {TAG_LABELS[m.tag]}
                    </p>
                  </li>
                ))}
              </ul>
              <p className="mt-3 text-sm">
                <Link href="/news" className="font-medium text-brand underline underline-offset-4">
                  All news
                </Link>
              </p>
            </div>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
