import { getPrivateCalendar } from "@/lib/agenda/queries";
import { buildCalendar, calendarHeaders } from "@/lib/agenda/ics";

export const dynamic = "force-dynamic";

// A private feed, opened by calendar apps without a session cookie: the secret in the URL is the credential.
// Unknown, malformed and revoked tokens get the same 404.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await getPrivateCalendar(token.replace(/\.ics$/, ""));
  if (!feed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const body = buildCalendar({
    name: feed.scope === "all_visible" ? "Balai: all sessions" : "Balai: my agenda",
    description: feed.scope === "all_visible" ? "Every session of the Bali Process forums you may attend" : "Sessions you saved in Balai",
    sessions: feed.sessions,
  });
  return new Response(body, { headers: calendarHeaders({ cache: "private" }) });
}
