import type { Viewer } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one rule for which sessions a viewer may see, as a Prisma `where` to put inside every session read
 * (agenda, session page, presenter page, calendars, search, sitemap), so forbidden rows are never loaded.
 *
 * - Organisers see everything, drafts included (they preview the agenda before publishing).
 * - Everyone else sees only sessions of a published agenda (forum published or archived, agenda published,
 *   session published or cancelled), and among those:
 *   - delegates: every visibility;
 *   - a signed-in user with an approved registration for that forum (same e-mail): public and registered;
 *   - anyone else: public only.
 */
export function sessionWhereVisibleTo(viewer: Viewer): Prisma.ForumSessionWhereInput {
  if (viewer?.role === "organiser") return {};
  const published: Prisma.ForumSessionWhereInput = {
    status: { in: ["published", "cancelled"] },
    forum: { status: { in: ["published", "archived"] }, agendaPublishedAt: { not: null } },
  };
  if (viewer?.role === "delegate") return published;
  const visibility: Prisma.ForumSessionWhereInput[] = [{ visibility: "public" }];
  if (viewer) {
    visibility.push({
      visibility: "registered",
      forum: { registrations: { some: { email: viewer.email.toLowerCase(), status: "approved" } } },
    });
  }
  return { AND: [published, { OR: visibility }] };
}

/** Whether a viewer may see sessions of a given visibility at all (for labels such as "delegates only"). */
export function canSeeVisibility(viewer: Viewer, visibility: "public" | "registered" | "delegates", approvedForForum = false) {
  if (visibility === "public") return true;
  if (viewer?.role === "organiser" || viewer?.role === "delegate") return true;
  return visibility === "registered" && !!viewer && approvedForForum;
}
