import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getForumForEditing } from "@/lib/forums/queries";
import { listPresenterOptions } from "@/lib/agenda/queries";
import { daysBetween } from "@/lib/time";
import { SessionForm } from "@/components/agenda-editor/session-form";
import { authorizePage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "New session" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ forumId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export default async function NewSessionPage({ params, searchParams }: Props) {
  await authorizePage("sessions.manage");
  const { forumId } = await params;
  const q = await searchParams;
  const viewer = await getCurrentUser();
  const forum = await getForumForEditing(forumId, viewer);
  if (!forum) notFound();
  const days = daysBetween(forum.startsOn, forum.endsOn);
  // The grid's empty slots link here with a day, time and room filled in.
  const date = q.day && days.includes(q.day) ? q.day : days[0];
  const start = q.start && TIME_RE.test(q.start) ? q.start : "09:00";
  const [h, m] = start.split(":").map(Number);
  const endMinutes = Math.min(h * 60 + m + 60, 23 * 60 + 59);
  const end = `${String(Math.floor(endMinutes / 60)).padStart(2, "0")}:${String(endMinutes % 60).padStart(2, "0")}`;
  const roomId = forum.rooms.some((r) => r.id === q.room) ? q.room! : "";
  return (
    <div>
      <h2 className="mb-3 font-serif text-2xl font-semibold">New session</h2>
      <SessionForm
        mode="create"
        forum={{ id: forum.id, timeZone: forum.timeZone, days, agendaPublished: !!forum.agendaPublishedAt }}
        rooms={forum.rooms}
        tracks={forum.tracks}
        presenterOptions={await listPresenterOptions(viewer)}
        values={{
          title: "",
          abstract: "",
          kind: "panel",
          date,
          start,
          endDate: date,
          end,
          roomId,
          trackId: "",
          visibility: "public",
          chathamHouse: false,
          // After publication a new session goes straight onto the agenda unless saved as a draft.
          status: forum.agendaPublishedAt ? "published" : "draft",
          expectedAttendance: "",
          presenters: [],
        }}
      />
    </div>
  );
}
