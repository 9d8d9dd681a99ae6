import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { appUrl } from "@/lib/url";
import { formatTimeWithZone, dayInZone, formatDay } from "@/lib/time";
import { type AgendaSession } from "@/lib/agenda/types";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS } from "@/lib/agenda/labels";

type IcsForum = { slug: string; name: string; timeZone: string; venue: string; city: string };
export type IcsSession = AgendaSession & { forum: IcsForum };

/** The event UID: stable for a session's whole life, so a calendar updates the event instead of adding a copy. */
export function sessionUid(sessionId: string): string {
  return `${sessionId}@balai`;
}

export function sessionUrl(forumSlug: string, sessionId: string): string {
  return appUrl(`/forums/${forumSlug}/sessions/${encodeURIComponent(sessionId)}`);
}

function description(s: IcsSession): string {
  const local = `${formatDay(dayInZone(s.startsAt, s.forum.timeZone))}, ${formatTimeWithZone(s.startsAt, s.forum.timeZone)} to ${formatTimeWithZone(s.endsAt, s.forum.timeZone)} (forum local time)`;
  const lines = [s.status === "cancelled" ? "This session has been cancelled." : null, `${s.forum.name}. ${SESSION_KIND_LABELS[s.kind]}.`, local];
  if (s.chathamHouse) lines.push("Held under the Chatham House rule: what is said may be reported, but not who said it.");
  if (s.visibility === "delegates") lines.push("Closed session: member-state delegates only.");
  if (s.visibility === "registered") lines.push("For registered participants.");
  if (s.presenters.length) lines.push("", ...s.presenters.map((p) => `${PRESENTER_ROLE_LABELS[p.role]}: ${p.name}${p.organisation ? `, ${p.organisation}` : ""}`));
  if (s.abstract) lines.push("", s.abstract);
  lines.push("", sessionUrl(s.forum.slug, s.id));
  return lines.filter((l) => l !== null).join("\n");
}

/**
 * An iCalendar file of sessions the caller has already filtered by visibility. DTSTART/DTEND are UTC instants,
 * which every client converts correctly; SEQUENCE is the session's version, so edits replace the earlier copy;
 * cancelled sessions stay in the feed with STATUS:CANCELLED so subscribers see them disappear rather than linger.
 */
export function buildCalendar({ name, description: calDescription, sessions, now = new Date() }: { name: string; description?: string; sessions: IcsSession[]; now?: Date }): string {
  const calendar = ical({
    name,
    description: calDescription ?? null,
    prodId: { company: "Bali Process", product: "Balai", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const s of sessions) {
    const cancelled = s.status === "cancelled";
    calendar.createEvent({
      id: sessionUid(s.id),
      sequence: s.version,
      stamp: now,
      lastModified: s.updatedAt,
      start: s.startsAt,
      end: s.endsAt,
      summary: cancelled ? `Cancelled: ${s.title}` : s.title,
      description: description(s),
      location: [s.room?.name, s.forum.venue, s.forum.city].filter(Boolean).join(", ") || null,
      url: sessionUrl(s.forum.slug, s.id),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: SESSION_KIND_LABELS[s.kind] }, ...(s.track ? [{ name: s.track.name }] : [])],
    });
  }
  return calendar.toString();
}

/** Headers for an .ics response; `download` adds a file name for "Add to calendar". */
export function calendarHeaders(opts: { filename?: string; cache: "public" | "private" }): HeadersInit {
  return {
    "Content-Type": "text/calendar; charset=utf-8",
    ...(opts.filename ? { "Content-Disposition": `attachment; filename="${opts.filename.replace(/[^A-Za-z0-9._-]/g, "-")}"` } : {}),
    // A private feed must never sit in a shared cache; the public one may be cached briefly.
    "Cache-Control": opts.cache === "public" ? "public, max-age=300" : "private, no-store",
    "X-Robots-Tag": "noindex",
  };
}
