import { getCurrentUser } from "@/lib/auth/current-user";
import { getAgendaForum, listAgendaSessions } from "@/lib/agenda/queries";
import { renderAgendaPdf } from "@/lib/agenda/pdf";

export const dynamic = "force-dynamic";

// The printable agenda as a PDF, in the forum's own zone (the official paper copy), with exactly the sessions
// the requester may see.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const forum = await getAgendaForum(slug, viewer);
  if (!forum) return new Response("Not found", { status: 404 });
  const sessions = await listAgendaSessions({ forumId: forum.id, viewer });
  const pdf = await renderAgendaPdf({ forum, sessions, zone: forum.timeZone });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${forum.slug}-agenda.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
