import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForEditing } from "@/lib/forums/queries";
import { ForumForm } from "../_components/forum-form";
import { timeZoneOptions } from "../_components/zones";
import { RoomsPanel, TracksPanel } from "../_components/rooms-tracks";
import { ArchiveButton } from "../_components/archive-button";
import { authorizePage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Forum details" };
export const dynamic = "force-dynamic";

export default async function ForumDetailsPage({ params }: { params: Promise<{ forumId: string }> }) {
  await authorizePage("forums.manage");
  const { forumId } = await params;
  const forum = await getForumForEditing(forumId, await getCurrentUser());
  if (!forum) notFound();
  const { zones, zoneLabels } = timeZoneOptions(forum.timeZone);
  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-labelledby="details-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="details-heading" className="font-serif text-2xl font-semibold">
            Details
          </h2>
          <ArchiveButton forumId={forum.id} version={forum.version} status={forum.status} />
        </div>
        <ForumForm mode="edit" forumId={forum.id} version={forum.version} values={forum.values} zones={zones} zoneLabels={zoneLabels} />
      </section>
      <div className="space-y-8">
        <RoomsPanel forumId={forum.id} rooms={forum.rooms} />
        <TracksPanel forumId={forum.id} tracks={forum.tracks} />
      </div>
    </div>
  );
}
