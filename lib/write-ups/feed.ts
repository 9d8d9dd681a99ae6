import { Feed } from "feed";
import { appUrl } from "@/lib/url";
import { renderMarkdown } from "@/lib/markdown/render";
import { TAG_LABELS } from "@/lib/write-ups/schema";
import type { WriteUpTag } from "@/lib/generated/prisma/enums";

export type FeedWriteUp = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  tag: WriteUpTag;
  publishedAt: Date | null;
  updatedAt: Date;
  coverId: string | null;
  coverAlt: string;
};

/** Feed readers resolve nothing against our site, so relative links and images become absolute. */
function absolutise(html: string): string {
  return html.replace(/\b(href|src)="\/(?!\/)/g, (_m, attr: string) => `${attr}="${appUrl("/")}`);
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** RSS 2.0 for the newest published write-ups (the caller passes only published ones). */
export function buildNewsFeed(items: FeedWriteUp[]): string {
  const feed = new Feed({
    title: "Balai news: Bali Process forums",
    description: "Reports from the Bali Process Government and Business Forum and related training and events.",
    id: appUrl("/news"),
    link: appUrl("/news"),
    language: "en",
    copyright: "Bali Process Regional Support Office",
    updated: items[0]?.updatedAt ?? new Date(0),
    generator: "Balai",
    feedLinks: { rss: appUrl("/api/news/feed") },
  });
  for (const w of items) {
    const url = appUrl(`/news/${w.slug}`);
    const cover = w.coverId ? `<p><img src="${appUrl(`/media/${w.coverId}`)}" alt="${escapeAttr(w.coverAlt)}" /></p>` : "";
    feed.addItem({
      title: w.title,
      id: url,
      guid: url,
      link: url,
      description: w.summary,
      content: cover + absolutise(renderMarkdown(w.body)),
      date: w.publishedAt ?? w.updatedAt,
      published: w.publishedAt ?? undefined,
      category: [{ name: TAG_LABELS[w.tag] }],
    });
  }
  return feed.rss2();
}
