import { getPublicCalendar } from "@/lib/agenda/queries";
import { buildCalendar, calendarHeaders } from "@/lib/agenda/ics";

export const dynamic = "force-dynamic";

// The forum's public feed: built for an anonymous viewer whoever asks, so it can be shared and cached.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const calendar = await getPublicCalendar(slug.replace(/\.ics$/, ""));
  if (!calendar) return new Response("Not found", { status: 404 });
  const body = buildCalendar({
    name: calendar.forum.name,
    description: `Public sessions of ${calendar.forum.name}`,
    sessions: calendar.sessions,
  });
  return new Response(body, { headers: calendarHeaders({ cache: "public", filename: `${calendar.forum.slug}.ics` }) });
}
