import "server-only";
import { db } from "@/lib/db";
import { forumWhereVisibleTo, presenterWhereVisibleTo } from "@/lib/auth/permissions";

/** Forums and presenters an anonymous visitor may see; sessions and news come from their own areas. */
export async function listSitemapForums() {
  return db.forum.findMany({
    where: forumWhereVisibleTo(null),
    select: { slug: true, updatedAt: true, agendaPublishedAt: true },
    orderBy: { startsOn: "desc" },
  });
}

export async function listSitemapPresenters() {
  return db.presenter.findMany({ where: presenterWhereVisibleTo(null), select: { slug: true, updatedAt: true }, orderBy: { name: "asc" } });
}
