/**
 * How a session's state is described to people: in audit records, in the "someone else changed this" message,
 * and in the published agenda's change log. Pure, so the wording is tested without a database.
 */
import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/agenda/labels";

export type SessionSnapshot = {
  title: string;
  abstract: string;
  kind: keyof typeof SESSION_KIND_LABELS;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  roomName: string | null;
  trackId: string | null;
  trackName: string | null;
  visibility: keyof typeof VISIBILITY_LABELS;
  chathamHouse: boolean;
  status: keyof typeof SESSION_STATUS_LABELS;
  expectedAttendance: number | null;
  presenters: { presenterId: string; name: string; role: keyof typeof PRESENTER_ROLE_LABELS }[];
};

/** Long texts are not quoted in messages; the field's name is enough to send the reader to it. */
export const LONG_TEXT = "(previous text)";

export type FieldChange = { field: string; label: string; from: string; to: string };

/** "Tue 16 Feb 10:30" (no year: change logs are read in the context of one forum). */
function dayTime(instant: Date, zone: string): string {
  return `${formatDay(dayInZone(instant, zone), { year: false })} ${timeInZone(instant, zone)}`;
}

/** "Tue 16 Feb 10:30–12:00" or "Tue 16 Feb 22:00 – Wed 17 Feb 01:00". */
export function slotLabel(startsAt: Date, endsAt: Date, zone: string): string {
  const sameDay = dayInZone(startsAt, zone) === dayInZone(endsAt, zone);
  return sameDay ? `${dayTime(startsAt, zone)}–${timeInZone(endsAt, zone)}` : `${dayTime(startsAt, zone)} – ${dayTime(endsAt, zone)}`;
}

/** Where and when, for change-log lines: "Tue 16 Feb 10:30–12:00, Uluwatu Room". */
export function placeLabel(s: Pick<SessionSnapshot, "startsAt" | "endsAt" | "roomName">, zone: string): string {
  return `${slotLabel(s.startsAt, s.endsAt, zone)}${s.roomName ? `, ${s.roomName}` : ""}`;
}

function presentersLabel(list: SessionSnapshot["presenters"]): string {
  return list.length ? list.map((p) => `${p.name} (${PRESENTER_ROLE_LABELS[p.role]})`).join(", ") : "none";
}

function instantLabel(a: Date, b: Date, zone: string): [string, string] {
  // Show the day only when it changed: "09:00 → 10:00" reads better than two full dates.
  const sameDay = dayInZone(a, zone) === dayInZone(b, zone);
  return sameDay ? [timeInZone(a, zone), timeInZone(b, zone)] : [dayTime(a, zone), dayTime(b, zone)];
}

/** The fields that differ between two states of a session, each with before and after as people read them. */
export function diffSessions(before: SessionSnapshot, after: SessionSnapshot, zone: string): FieldChange[] {
  const out: FieldChange[] = [];
  const add = (field: string, label: string, from: string, to: string) => {
    if (from !== to) out.push({ field, label, from, to });
  };
  add("title", "title", before.title, after.title);
  if (before.abstract !== after.abstract) out.push({ field: "abstract", label: "abstract", from: LONG_TEXT, to: "(new text)" });
  add("kind", "kind", SESSION_KIND_LABELS[before.kind], SESSION_KIND_LABELS[after.kind]);
  if (before.startsAt.getTime() !== after.startsAt.getTime()) {
    const [from, to] = instantLabel(before.startsAt, after.startsAt, zone);
    out.push({ field: "startsAt", label: "start", from, to });
  }
  if (before.endsAt.getTime() !== after.endsAt.getTime()) {
    const [from, to] = instantLabel(before.endsAt, after.endsAt, zone);
    out.push({ field: "endsAt", label: "end", from, to });
  }
  add("room", "room", before.roomName ?? "no room", after.roomName ?? "no room");
  add("track", "track", before.trackName ?? "no track", after.trackName ?? "no track");
  add("visibility", "visibility", VISIBILITY_LABELS[before.visibility], VISIBILITY_LABELS[after.visibility]);
  add("chathamHouse", "Chatham House rule", before.chathamHouse ? "yes" : "no", after.chathamHouse ? "yes" : "no");
  add("status", "status", SESSION_STATUS_LABELS[before.status], SESSION_STATUS_LABELS[after.status]);
  add("expectedAttendance", "expected attendance", before.expectedAttendance?.toString() ?? "not set", after.expectedAttendance?.toString() ?? "not set");
  add("presenters", "presenters", presentersLabel(before.presenters), presentersLabel(after.presenters));
  return out;
}

/** "start 09:00 → 10:00, room Uluwatu Room → Kintamani Room". */
export function describeChanges(changes: Pick<FieldChange, "label" | "from" | "to">[]): string {
  return changes.map((c) => (c.from === LONG_TEXT ? c.label : `${c.label} ${c.from} → ${c.to}`)).join("; ");
}

export type ChangeLogEntry = { kind: "added" | "updated" | "moved" | "cancelled" | "removed"; summary: string };

// Drafts are not on the published agenda, so changes to them are not news to anyone outside the organisers.
const onAgenda = (s: SessionSnapshot | null) => !!s && s.status !== "draft";

/**
 * The change-log line for a write to a session of a published agenda, or null when readers of the agenda
 * would see no difference (a draft edited, or nothing they can see changed).
 */
export function changeLogEntry(before: SessionSnapshot | null, after: SessionSnapshot | null, zone: string): ChangeLogEntry | null {
  const tz = zoneLabel((after ?? before)!.startsAt, zone);
  if (!onAgenda(before) && !onAgenda(after)) return null;
  if (!onAgenda(before) && after) {
    if (after.status === "cancelled") return null;
    return { kind: "added", summary: `Added: ${placeLabel(after, zone)} (${tz}).` };
  }
  if (before && !onAgenda(after)) {
    return { kind: "removed", summary: `Removed from the agenda (was ${placeLabel(before, zone)}, ${tz}).` };
  }
  const b = before!;
  const a = after!;
  if (b.status !== "cancelled" && a.status === "cancelled") {
    return { kind: "cancelled", summary: `Cancelled (was ${placeLabel(b, zone)}, ${tz}).` };
  }
  const changes = diffSessions(b, a, zone).filter((c) => c.field !== "status");
  const reinstated = b.status === "cancelled" && a.status !== "cancelled";
  const moved = changes.some((c) => c.field === "startsAt" || c.field === "endsAt" || c.field === "room");
  const others = changes.filter((c) => !["startsAt", "endsAt", "room"].includes(c.field));
  const otherText = others.length ? ` Also changed: ${others.map((c) => c.label).join(", ")}.` : "";
  if (reinstated) return { kind: "updated", summary: `Reinstated: ${placeLabel(a, zone)} (${tz}).${otherText}` };
  if (moved) {
    const sameDay = dayInZone(b.startsAt, zone) === dayInZone(a.startsAt, zone) && dayInZone(b.endsAt, zone) === dayInZone(a.endsAt, zone);
    const to = sameDay ? `${timeInZone(a.startsAt, zone)}–${timeInZone(a.endsAt, zone)}${a.roomName ? `, ${a.roomName}` : ""}` : placeLabel(a, zone);
    return { kind: "moved", summary: `Moved from ${placeLabel(b, zone)} to ${to} (${tz}).${otherText}` };
  }
  if (!others.length) return null;
  return { kind: "updated", summary: `Changed: ${others.map((c) => (c.field === "title" ? `title (was “${c.from}”)` : c.label)).join(", ")}.` };
}

/** The refusal for a stale save: who changed what, and that the editor's input is kept. */
export function staleMessage(what: string, found: { changes: Pick<FieldChange, "label" | "from" | "to">[]; actors: string[] }): string {
  const who = found.actors.length ? found.actors.join(" and ") : "Someone else";
  const detail = found.changes.length ? `: ${describeChanges(found.changes)} changed` : "";
  return `${who} changed this ${what} while you were editing${detail}. Your changes were not saved; they are still in the form. Review them and save again.`;
}
