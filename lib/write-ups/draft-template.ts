import { dayInZone, formatDay, formatTimeWithZone, timeInZone, zoneLabel } from "@/lib/time";
import { PRESENTER_ROLE_LABELS } from "@/lib/agenda/labels";

export type DraftSession = {
  title: string;
  abstract: string;
  startsAt: Date;
  endsAt: Date;
  chathamHouse: boolean;
  visibility: "public" | "registered" | "delegates";
  room: string | null;
  forum: { name: string; timeZone: string; venue: string; city: string };
  presenters: { name: string; title: string; organisation: string; role: "speaker" | "moderator" | "co_chair" }[];
};

/** Opening line of every generated draft; publishing is refused while it is still there. */
export const DRAFT_NOTE = "Draft prepared from";


function who(p: DraftSession["presenters"][number]): string {
  return [p.name, [p.title, p.organisation].filter(Boolean).join(", ")].filter(Boolean).join(", ");
}

/**
 * A Markdown skeleton for a write-up of one session, for the organiser to rewrite. Under the Chatham House rule
 * (or for a closed session) speakers are listed apart, marked not to be attributed.
 */
export function sessionDraft(s: DraftSession): { title: string; date: string; summary: string; body: string } {
  const day = dayInZone(s.startsAt, s.forum.timeZone);
  const when = `${formatDay(day)}, ${timeInZone(s.startsAt, s.forum.timeZone)}–${timeInZone(s.endsAt, s.forum.timeZone)} ${zoneLabel(s.startsAt, s.forum.timeZone)}`;
  const guarded = s.chathamHouse || s.visibility === "delegates";
  const lines: string[] = [
    `> ${DRAFT_NOTE} the agenda. Rewrite it as a news report before submitting it for review.`,
    "",
    `**${s.forum.name}**: ${when}${s.room ? `, ${s.room}` : ""}${s.forum.city ? ` (${s.forum.city})` : ""}.`,
    "",
  ];
  if (s.chathamHouse) lines.push(`*This session was held under the Chatham House rule: report what was said, not who said it.*`, "");
  if (s.visibility === "delegates") lines.push(`*This was a closed session for member-state delegates. Publishing a report needs an explicit confirmation.*`, "");
  if (s.presenters.length) {
    if (guarded) {
      lines.push("## Speakers (not to be attributed)", "");
      for (const p of s.presenters) lines.push(`- ${who(p)}`);
    } else {
      lines.push("## Speakers", "");
      for (const p of s.presenters) lines.push(`- **${PRESENTER_ROLE_LABELS[p.role]}**: ${who(p)}`);
    }
    lines.push("");
  }
  lines.push("## What was discussed", "", s.abstract.trim() || "Summarise the discussion here.", "", "## Outcomes and next steps", "", "Describe what was agreed or recommended.");
  return { title: s.title, date: day, summary: s.abstract.trim().split(/\n\s*\n/)[0]?.slice(0, 500) ?? "", body: lines.join("\n") };
}

export type DraftForum = {
  name: string;
  description: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  sessions: { title: string; startsAt: Date }[];
};

/** A Markdown skeleton for a write-up of a whole forum. */
export function forumDraft(f: DraftForum): { title: string; date: string; summary: string; body: string } {
  const place = [f.venue, f.city, f.country].filter(Boolean).join(", ");
  const lines = [
    `> ${DRAFT_NOTE} the forum's details. Rewrite it as a news report before submitting it for review.`,
    "",
    `The ${f.name} met from ${formatDay(f.startsOn)} to ${formatDay(f.endsOn)}${place ? ` at ${place}` : ""}.`,
    "",
    f.description.trim() || "Describe who took part and why the forum met.",
    "",
  ];
  if (f.sessions.length) {
    lines.push("## Sessions", "");
    for (const s of f.sessions) lines.push(`- ${formatTimeWithZone(s.startsAt, f.timeZone)}, ${formatDay(dayInZone(s.startsAt, f.timeZone), { year: false })}: ${s.title}`);
    lines.push("");
  }
  lines.push("## Outcomes", "", "Describe what governments and businesses agreed or recommended.");
  return { title: `${f.name}: what the forum discussed`, date: f.endsOn, summary: f.description.trim().slice(0, 500), body: lines.join("\n") };
}
