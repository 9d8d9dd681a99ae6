import { getRegistrationByManageToken } from "@/lib/registrations/queries";
import { registrationDataExport } from "@/lib/registrations/data-export";
import { rateLimitResponse } from "@/lib/rate-limit/http";
import { RATE_LIMITS } from "@/lib/rate-limit/mutations";

export const dynamic = "force-dynamic";

/** Everything Balai holds about a registration, as JSON, for its owner (data-subject access). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const limited = await rateLimitResponse(request, RATE_LIMITS.manageLinkPerIp);
  if (limited) return limited;
  const { token } = await params;
  const reg = await getRegistrationByManageToken(token);
  if (!reg) {
    return new Response("Not found.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(`${JSON.stringify(registrationDataExport(reg), null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="registration-${reg.forum.slug}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
