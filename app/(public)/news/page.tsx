import type { Metadata } from "next";
import Link from "next/link";
import { listNewsForums, listPublishedWriteUps } from "@/lib/write-ups/queries";
import { TAG_LABELS, WRITE_UP_TAGS } from "@/lib/write-ups/schema";
import { formatDay } from "@/lib/time";
import { appUrl } from "@/lib/url";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import type { WriteUpTag } from "@/lib/generated/prisma/enums";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "News",
  description: "Reports from the Bali Process Government and Business Forum: what governments and business discussed and agreed.",
  alternates: {
    canonical: appUrl("/news"),
    types: { "application/rss+xml": [{ url: appUrl("/api/news/feed"), title: "Balai news (RSS)" }] },
  },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function one(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

function href(params: { page?: number; tag?: string; forum?: string }): string {
  const q = new URLSearchParams();
  if (params.tag) q.set("tag", params.tag);
  if (params.forum) q.set("forum", params.forum);
  if (params.page && params.page > 1) q.set("page", String(params.page));
  const s = q.toString();
  return s ? `/news?${s}` : "/news";
}

export default async function NewsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const tagParam = one(sp.tag);
  const tag = (WRITE_UP_TAGS as readonly string[]).includes(tagParam) ? (tagParam as WriteUpTag) : null;
  const forumSlug = /^[a-z0-9-]{1,100}$/.test(one(sp.forum)) ? one(sp.forum) : null;
  const requestedPage = Number.parseInt(one(sp.page), 10);
  const [{ items, page, pages, total }, forums] = await Promise.all([
    listPublishedWriteUps({ page: Number.isFinite(requestedPage) ? requestedPage : 1, tag, forumSlug }),
    listNewsForums(),
  ]);
  const filtered = !!(tag || forumSlug);
  const forumName = forums.find((f) => f.slug === forumSlug)?.name;

  return (
    <>
      <PageHeader
        eyebrow="Bali Process"
        title="News"
        actions={
          <a href="/api/news/feed" className={buttonClass("secondary")}>
            <svg aria-hidden viewBox="0 0 16 16" className="h-4 w-4" fill="currentColor">
              <circle cx="3" cy="13" r="2" />
              <path d="M1 6.5v2A6.5 6.5 0 0 1 7.5 15h2A8.5 8.5 0 0 0 1 6.5Zm0-5v2A11.5 11.5 0 0 1 12.5 15h2A13.5 13.5 0 0 0 1 1.5Z" />
            </svg>
            RSS feed
          </a>
        }
      >
        <p>Reports from the forums: what governments and business leaders discussed, and what they agreed to do.</p>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-8">
        <form method="get" action="/news" className="mb-8 flex flex-wrap items-end gap-4 rounded border border-line bg-white p-4" aria-label="Filter news">
          <div>
            <label htmlFor="news-tag" className="block text-sm font-medium">
              Type
            </label>
            <select id="news-tag" name="tag" defaultValue={tag ?? ""} className="mt-1 rounded border border-gray-400 bg-white px-3 py-2 text-sm">
              <option value="">All types</option>
              {WRITE_UP_TAGS.map((t) => (
                <option key={t} value={t}>
                  {TAG_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="news-forum" className="block text-sm font-medium">
              Forum
            </label>
            <select id="news-forum" name="forum" defaultValue={forumSlug ?? ""} className="mt-1 rounded border border-gray-400 bg-white px-3 py-2 text-sm">
              <option value="">All forums</option>
              {forums.map((f) => (
                <option key={f.slug} value={f.slug}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("primary")}>
            Show news
          </button>
          {filtered ? (
            <Link href="/news" className="py-2 text-sm text-brand underline underline-offset-4">
              Clear filters
            </Link>
          ) : null}
        </form>

        <p className="mb-4 text-sm text-muted" aria-live="polite">
          {total === 0
            ? "No news matches these filters."
            : `${total} ${total === 1 ? "article" : "articles"}${tag ? ` tagged ${TAG_LABELS[tag]}` : ""}${forumName ? ` from ${forumName}` : ""}${pages > 1 ? `, page ${page} of ${pages}` : ""}.`}
        </p>

        {items.length ? (
          <ol className="divide-y divide-line rounded border border-line bg-white">
            {items.map((w) => (
              <li key={w.id} className="flex flex-col gap-4 p-5 sm:flex-row">
                {w.coverId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- images are served from our own /media route
                  <img src={`/media/${w.coverId}`} alt="" className="h-32 w-full rounded object-cover sm:w-48 sm:shrink-0" loading="lazy" />
                ) : null}
                <article className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                    <Badge tone="accent">{TAG_LABELS[w.tag]}</Badge>
                    <time dateTime={w.date}>{formatDay(w.date, { weekday: false })}</time>
                    {w.forum ? <span>· {w.forum.name}</span> : null}
                  </p>
                  <h2 className="mt-1 font-serif text-xl font-semibold">
                    <Link href={`/news/${w.slug}`} className="text-ink underline-offset-4 hover:text-brand hover:underline">
                      {w.title}
                    </Link>
                  </h2>
                  {w.summary ? <p className="mt-1 text-muted">{w.summary}</p> : null}
                </article>
              </li>
            ))}
          </ol>
        ) : (
          <p className="rounded border border-line bg-white p-6 text-muted">
            {filtered ? "Try another type or forum, or clear the filters." : "No news has been published yet."}
          </p>
        )}

        {pages > 1 ? (
          <nav aria-label="Pages of news" className="mt-6 flex items-center justify-between gap-4">
            {page > 1 ? (
              <Link href={href({ page: page - 1, tag: tag ?? undefined, forum: forumSlug ?? undefined })} className={buttonClass("secondary")} rel="prev">
                ← Newer news
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-muted">
              Page {page} of {pages}
            </span>
            {page < pages ? (
              <Link href={href({ page: page + 1, tag: tag ?? undefined, forum: forumSlug ?? undefined })} className={buttonClass("secondary")} rel="next">
                Older news →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </div>
    </>
  );
}
