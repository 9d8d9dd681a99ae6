import type { Viewer } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Which forums a viewer may see: organisers see drafts too; everyone else published and archived ones. */
export function forumWhereVisibleTo(viewer: Viewer): Prisma.ForumWhereInput {
  return viewer?.role === "organiser" ? {} : { status: { in: ["published", "archived"] } };
}
