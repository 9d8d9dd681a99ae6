import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForEditing } from "@/lib/forums/queries";
import { formatDayRange } from "@/lib/time";
import { ForumStatusBadges } from "../_components/status-badges";
import { ForumTabs } from "../_components/forum-tabs";
import { authorizePage } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function ForumConsoleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ forumId: string }> }) {
  await authorizePage("forums.manage");
  const { forumId } = await params;
  const forum = await getForumForEditing(forumId, await getCurrentUser());
  if (!forum) notFound();
  const base = `/manage/forums/${forum.id}`;
  return (
    <div>
      <p className="text-sm">
        <Link href="/manage/forums" className="text-brand underline underline-offset-2">
          Forums and agendas
        </Link>
      </p>
      <div className="mt-1 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{forum.name}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>{formatDayRange(forum.startsOn, forum.endsOn)}</span>
            <span aria-hidden="true">·</span>
            <span>{forum.timeZone.replace(/_/g, " ")}</span>
            <ForumStatusBadges status={forum.status} agendaPublishedAt={forum.agendaPublishedAt} />
          </p>
        </div>
        <Link href={`/forums/${forum.slug}`} className="text-sm text-brand underline underline-offset-2">
          View public page
        </Link>
      </div>
      <ForumTabs
        tabs={[
          { href: base, label: "Details, rooms and tracks", exact: true },
          { href: `${base}/agenda`, label: "Agenda", also: [`${base}/sessions`] },
          { href: `${base}/changes`, label: "Change log" },
          { href: `${base}/registrations`, label: "Registrations" },
          { href: `${base}/check-in`, label: "Check-in" },
        ]}
      />
      <div className="pt-5">{children}</div>
    </div>
  );
}
