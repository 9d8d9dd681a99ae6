import Link from "next/link";
import { listRelatedWriteUps } from "@/lib/write-ups/queries";
import { TAG_LABELS } from "@/lib/write-ups/schema";
import { formatDay } from "@/lib/time";

/**
 * Published news articles linked to a presenter (linked or quoted), a session or a forum: shown on presenter,
 * session and forum pages so readers can follow what was reported. Renders nothing when there are none.
 */
export async function RelatedNews({ presenterId, sessionId, forumId, heading = "In the news" }: { presenterId?: string; sessionId?: string; forumId?: string; heading?: string }) {
  const items = await listRelatedWriteUps({ presenterId, sessionId, forumId });
  if (!items.length) return null;
  const headingId = `related-news-${presenterId ?? sessionId ?? forumId}`;
  return (
    <section aria-labelledby={headingId} className="rounded border border-line bg-white p-4">
      <h2 id={headingId} className="mb-2 font-semibold">
        {heading}
      </h2>
      <ul className="space-y-3 text-sm">
        {items.map((w) => (
          <li key={w.id}>
            <Link href={`/news/${w.slug}`} className="font-medium text-brand underline-offset-4 hover:underline">
              {w.title}
            </Link>
            <p className="text-muted">
              <time dateTime={w.date}>{formatDay(w.date, { weekday: false })}</time> · {TAG_LABELS[w.tag]}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
