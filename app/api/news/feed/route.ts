import { listFeedWriteUps } from "@/lib/write-ups/queries";
import { buildNewsFeed } from "@/lib/write-ups/feed";

export const dynamic = "force-dynamic";

/** RSS 2.0 of the newest published news write-ups. */
export async function GET() {
  const xml = buildNewsFeed(await listFeedWriteUps(20));
  return new Response(xml, {
    headers: {
      "Content-Type": "application/rss+xml; charset=utf-8",
      // Readers poll; a few minutes of caching spares the database without hiding news for long.
      "Cache-Control": "public, max-age=300",
    },
  });
}
