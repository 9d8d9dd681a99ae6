import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/url";
import { listSitemapForums, listSitemapPresenters } from "@/lib/sitemap/queries";
import { listSitemapSessions } from "@/lib/agenda/queries";
import { listSitemapWriteUps } from "@/lib/write-ups/queries";

export const dynamic = "force-dynamic";

/** Only what an anonymous visitor may see: closed and unpublished sessions never appear here. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [forums, sessions, writeUps, presenters] = await Promise.all([
    listSitemapForums(),
    listSitemapSessions(),
    listSitemapWriteUps(),
    listSitemapPresenters(),
  ]);
  return [
    { url: appUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: appUrl("/news"), changeFrequency: "daily", priority: 0.8 },
    ...forums.flatMap((f) => [
      { url: appUrl(`/forums/${f.slug}`), lastModified: f.updatedAt },
      ...(f.agendaPublishedAt ? [{ url: appUrl(`/forums/${f.slug}/agenda`), lastModified: f.updatedAt }] : []),
    ]),
    ...sessions.map((s) => ({ url: appUrl(`/forums/${s.forumSlug}/sessions/${s.sessionId}`), lastModified: s.updatedAt })),
    ...writeUps.map((w) => ({ url: appUrl(`/news/${w.slug}`), lastModified: w.updatedAt })),
    ...presenters.map((p) => ({ url: appUrl(`/presenters/${p.slug}`), lastModified: p.updatedAt })),
  ];
}
