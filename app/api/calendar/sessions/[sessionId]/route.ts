import { getCurrentUser } from "@/lib/auth/current-user";
import { getCalendarSession } from "@/lib/agenda/queries";
import { buildCalendar, calendarHeaders } from "@/lib/agenda/ics";

export const dynamic = "force-dynamic";

// "Add to calendar" for one session, for whoever may see it; unknown and hidden sessions are both a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const session = await getCalendarSession({ sessionId: sessionId.replace(/\.ics$/, ""), viewer: await getCurrentUser() });
  if (!session) return new Response("Not found", { status: 404 });
  const body = buildCalendar({ name: session.forum.name, sessions: [session] });
  const open = session.visibility === "public" && session.status !== "draft";
  return new Response(body, { headers: calendarHeaders({ cache: open ? "public" : "private", filename: `${session.forum.slug}-${session.id}.ics` }) });
}
