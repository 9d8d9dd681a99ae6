import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForRegistrations, listRegistrationsForExport } from "@/lib/registrations/queries";
import { recordRegistrationExport } from "@/lib/registrations/mutations";
import { queueFilterSchema } from "@/lib/registrations/schema";
import { toCsv } from "@/lib/registrations/csv";
import { formatTimeWithZone, dayInZone } from "@/lib/time";
import { authorize } from "@/lib/auth/permissions";
import { AppError, errorResponse, isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";


/** CSV of a forum's registrations for organisers: the queue's filters apply; needs only when asked for (audited). */
export async function GET(request: Request, { params }: { params: Promise<{ forumId: string }> }) {
  let user;
  try {
    user = authorize(await getCurrentUser(), "registrations.manage");
  } catch (e) {
    if (isAppError(e)) return errorResponse(e);
    throw e;
  }
  const { forumId } = await params;
  const forum = await getForumForRegistrations(user, forumId);
  if (!forum) return errorResponse(new AppError("not_found", "Not found."));

  const url = new URL(request.url);
  const filter = queueFilterSchema.parse(Object.fromEntries(url.searchParams));
  const includeNeeds = url.searchParams.get("needs") === "1";
  const rows = await listRegistrationsForExport(user, forumId, filter, includeNeeds);
  await recordRegistrationExport({ forumId, actorId: user.id, includeNeeds, rows: rows.length });

  const zone = forum.timeZone;
  const at = (d: Date | null) => (d ? `${dayInZone(d, zone)} ${formatTimeWithZone(d, zone)}` : "");
  const header = [
    "Name",
    "E-mail",
    "Job title",
    "Organisation",
    "Sector",
    "Country",
    "Phone",
    "Status",
    "Registered",
    "E-mail confirmed",
    "Waitlisted",
    "Decided",
    "Checked in",
    "Sessions of interest",
    "Note to organisers",
    ...(includeNeeds ? ["Dietary needs (sensitive)", "Accessibility needs (sensitive)"] : []),
  ];
  const data = rows.map((r) => [
    r.fullName,
    r.email,
    r.jobTitle,
    r.organisation?.name ?? "",
    r.sector,
    r.country,
    r.phone ?? "",
    r.status,
    at(r.createdAt),
    at(r.emailConfirmedAt),
    at(r.waitlistedAt),
    at(r.decidedAt),
    at(r.checkedInAt),
    r.interests.map((i) => i.session.title).join("; "),
    r.note ?? "",
    ...(includeNeeds ? [r.dietaryNeeds ?? "", r.accessibilityNeeds ?? ""] : []),
  ]);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(header, data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${forum.slug}-registrations${includeNeeds ? "-with-needs" : ""}-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
