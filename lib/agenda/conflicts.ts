/**
 * Agenda conflict detection: pure functions over plain objects, so the editor, the issues panel, the publish
 * check and the unit tests all apply one rule. Intervals are half-open: a session ending at 10:30 and another
 * starting at 10:30 are back to back, not in conflict.
 */
import { dayBoundsUtc, overlaps } from "@/lib/time";

export type ConflictSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  kind?: string;
  roomId: string | null;
  roomName: string | null;
  roomCapacity: number | null;
  expectedAttendance: number | null;
  presenterIds: string[];
  status: "draft" | "published" | "cancelled";
};

export type ConflictForum = { startsOn: string; endsOn: string; timeZone: string };

export type IssueKind = "room_double_booked" | "presenter_double_booked" | "outside_forum_dates" | "room_over_capacity";

export type IssueSide = { type: "session"; id: string; title: string } | { type: "room"; id: string; title: string } | { type: "forum"; title: string };

export type AgendaIssue = {
  /** Stable across reloads, so a list can be keyed and an acknowledgement can name what it saw. */
  key: string;
  kind: IssueKind;
  /** Both sides of the conflict: the session first, then the other session, the room or the forum's dates. */
  sides: [IssueSide, IssueSide];
  message: string;
};

export const ISSUE_LABELS: Record<IssueKind, string> = {
  room_double_booked: "Room double-booked",
  presenter_double_booked: "Presenter in two places",
  outside_forum_dates: "Outside the forum's dates",
  room_over_capacity: "Room too small",
};

function active(s: ConflictSession): boolean {
  return s.status !== "cancelled";
}

// A break without a room (coffee in the foyer) is for everyone at once; it cannot clash with anything.
function schedulable(s: ConflictSession): boolean {
  return active(s) && !(s.kind === "break" && !s.roomId);
}

function sessionSide(s: ConflictSession): IssueSide {
  return { type: "session", id: s.id, title: s.title };
}

function pairIssues(a: ConflictSession, b: ConflictSession, presenterNames: Map<string, string>): AgendaIssue[] {
  if (!schedulable(a) || !schedulable(b) || a.id === b.id) return [];
  if (!overlaps(a.startsAt, a.endsAt, b.startsAt, b.endsAt)) return [];
  const [first, second] = a.id < b.id ? [a, b] : [b, a];
  const issues: AgendaIssue[] = [];
  if (a.roomId && a.roomId === b.roomId) {
    issues.push({
      key: `room:${first.id}:${second.id}`,
      kind: "room_double_booked",
      sides: [sessionSide(first), sessionSide(second)],
      message: `“${first.title}” and “${second.title}” are both in ${a.roomName ?? "the same room"} at the same time.`,
    });
  }
  const shared = a.presenterIds.filter((id) => b.presenterIds.includes(id));
  for (const presenterId of [...new Set(shared)].sort()) {
    const name = presenterNames.get(presenterId) ?? "A presenter";
    issues.push({
      key: `presenter:${presenterId}:${first.id}:${second.id}`,
      kind: "presenter_double_booked",
      sides: [sessionSide(first), sessionSide(second)],
      message: `${name} is presenting in “${first.title}” and “${second.title}”, which overlap.`,
    });
  }
  return issues;
}

function singleIssues(s: ConflictSession, forum: ConflictForum): AgendaIssue[] {
  if (!active(s)) return [];
  const issues: AgendaIssue[] = [];
  // Forum days are local calendar days: a session may run past local midnight only if the next day is a forum day.
  const first = dayBoundsUtc(forum.startsOn, forum.timeZone).start;
  const last = dayBoundsUtc(forum.endsOn, forum.timeZone).end;
  if (s.startsAt < first || s.endsAt > last) {
    issues.push({
      key: `dates:${s.id}`,
      kind: "outside_forum_dates",
      sides: [sessionSide(s), { type: "forum", title: "Forum dates" }],
      message: `“${s.title}” is not within the forum's dates.`,
    });
  }
  if (s.roomId && s.roomCapacity != null && s.expectedAttendance != null && s.expectedAttendance > s.roomCapacity) {
    issues.push({
      key: `capacity:${s.id}`,
      kind: "room_over_capacity",
      sides: [sessionSide(s), { type: "room", id: s.roomId, title: s.roomName ?? "Room" }],
      message: `“${s.title}” expects ${s.expectedAttendance} people but ${s.roomName ?? "its room"} seats ${s.roomCapacity}.`,
    });
  }
  return issues;
}

/** Every issue in an agenda, in a stable order (by the first session's start, then kind). */
export function detectConflicts(
  sessions: ConflictSession[],
  forum: ConflictForum,
  presenterNames: Map<string, string> = new Map(),
): AgendaIssue[] {
  const sorted = [...sessions].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime() || x.id.localeCompare(y.id));
  const issues: AgendaIssue[] = [];
  for (let i = 0; i < sorted.length; i++) {
    issues.push(...singleIssues(sorted[i], forum));
    for (let j = i + 1; j < sorted.length; j++) {
      // Sorted by start: once a later session starts at or after this one ends, none after it can overlap.
      if (sorted[j].startsAt >= sorted[i].endsAt) break;
      issues.push(...pairIssues(sorted[i], sorted[j], presenterNames));
    }
  }
  return issues;
}

/**
 * The issues one session (saved or being edited) has against the rest of the agenda. The candidate replaces
 * any saved row with the same id, so editing a session does not conflict with its own earlier version.
 */
export function conflictsForSession(
  candidate: ConflictSession,
  others: ConflictSession[],
  forum: ConflictForum,
  presenterNames: Map<string, string> = new Map(),
): AgendaIssue[] {
  const issues = singleIssues(candidate, forum);
  for (const other of others) {
    if (other.id === candidate.id) continue;
    issues.push(...pairIssues(candidate, other, presenterNames));
  }
  return issues;
}

/** The other side's session id for an issue, from the point of view of one session. */
export function otherSide(issue: AgendaIssue, sessionId: string): IssueSide {
  return issue.sides[0].type === "session" && issue.sides[0].id === sessionId ? issue.sides[1] : issue.sides[0];
}
