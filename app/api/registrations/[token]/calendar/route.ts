import { getRegistrationByManageToken } from "@/lib/registrations/queries";
import { calendarFileName, forumCalendar } from "@/lib/registrations/ics";
import { appUrl } from "@/lib/url";
import { rateLimitResponse } from "@/lib/rate-limit/http";
import { RATE_LIMITS } from "@/lib/rate-limit/mutations";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** The forum's calendar file for an approved registrant, by manage link (no account needed). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const limited = await rateLimitResponse(request, RATE_LIMITS.manageLinkPerIp);
  if (limited) return limited;
  const { token } = await params;
  const reg = await getRegistrationByManageToken(token);
  if (!reg) return text("Not found.\n", 404);
  if (reg.status !== "approved") return text("The calendar file is available once your place is confirmed.\n", 409);
  const body = forumCalendar(reg.forum, { url: appUrl(`/forums/${reg.forum.slug}`) });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendarFileName(reg.forum)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
