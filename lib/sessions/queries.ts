import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/roles";
import { dateOnly, dayInZone, timeInZone } from "@/lib/time";
import { conflictsForSession, detectConflicts, type AgendaIssue, type ConflictSession } from "@/lib/sessions/conflicts";
import type { SessionSnapshot } from "@/lib/sessions/change-log";
import { may, visibilitiesFor, visibilityDependsOnRegistration } from "@/lib/auth/permissions";

type Client = Tx | typeof db;

const isOrganiser = (viewer: Viewer) => may(viewer, "sessions.manage");

export const snapshotSelect = {
  id: true,
  forumId: true,
  title: true,
  abstract: true,
  kind: true,
  startsAt: true,
  endsAt: true,
  roomId: true,
  trackId: true,
  visibility: true,
  chathamHouse: true,
  status: true,
  expectedAttendance: true,
  version: true,
  room: { select: { name: true, capacity: true } },
  track: { select: { name: true, colour: true } },
  presenters: {
    select: { presenterId: true, role: true, presenter: { select: { name: true } } },
    orderBy: { position: "asc" },
  },
} satisfies Prisma.ForumSessionSelect;

type SnapshotRow = Prisma.ForumSessionGetPayload<{ select: typeof snapshotSelect }>;

export function toSnapshot(row: SnapshotRow): SessionSnapshot {
  return {
    title: row.title,
    abstract: row.abstract,
    kind: row.kind,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    roomId: row.roomId,
    roomName: row.room?.name ?? null,
    trackId: row.trackId,
    trackName: row.track?.name ?? null,
    visibility: row.visibility,
    chathamHouse: row.chathamHouse,
    status: row.status,
    expectedAttendance: row.expectedAttendance,
    presenters: row.presenters.map((p) => ({ presenterId: p.presenterId, name: p.presenter.name, role: p.role })),
  };
}

export function toConflictSession(row: SnapshotRow): ConflictSession {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    kind: row.kind,
    roomId: row.roomId,
    roomName: row.room?.name ?? null,
    roomCapacity: row.room?.capacity ?? null,
    expectedAttendance: row.expectedAttendance,
    presenterIds: row.presenters.map((p) => p.presenterId),
    status: row.status,
  };
}

/** One session as the data layer's writes see it (inside their transaction). */
export async function readSession(client: Client, sessionId: string) {
  return client.forumSession.findUnique({ where: { id: sessionId }, select: snapshotSelect });
}

/** Everything conflict detection needs about a forum's agenda. */
export async function loadConflictAgenda(client: Client, forumId: string) {
  const forum = await client.forum.findUnique({ where: { id: forumId }, select: { startsOn: true, endsOn: true, timeZone: true } });
  if (!forum) return null;
  const rows = await client.forumSession.findMany({ where: { forumId, status: { not: "cancelled" } }, select: snapshotSelect });
  const presenterNames = new Map<string, string>();
  for (const r of rows) for (const p of r.presenters) presenterNames.set(p.presenterId, p.presenter.name);
  return {
    forum: { startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn), timeZone: forum.timeZone },
    sessions: rows.map(toConflictSession),
    presenterNames,
  };
}

/** Open issues of a forum's agenda (organisers only; everyone else gets none). */
export async function listAgendaIssues(forumId: string, viewer: Viewer): Promise<AgendaIssue[]> {
  if (!isOrganiser(viewer)) return [];
  return agendaIssues(db, forumId);
}

/** The data layer's own check (publishing runs it inside its transaction); callers must have checked the role. */
export async function agendaIssues(client: Client, forumId: string): Promise<AgendaIssue[]> {
  const agenda = await loadConflictAgenda(client, forumId);
  return agenda ? detectConflicts(agenda.sessions, agenda.forum, agenda.presenterNames) : [];
}

/** Issues of a candidate session (saved or being edited) against the saved agenda. */
export async function listIssuesForCandidate(forumId: string, candidate: ConflictSession, extraPresenterNames: Map<string, string> = new Map()) {
  const agenda = await loadConflictAgenda(db, forumId);
  if (!agenda) return [];
  const names = new Map([...agenda.presenterNames, ...extraPresenterNames]);
  return conflictsForSession(candidate, agenda.sessions, agenda.forum, names);
}

/** Rooms, presenters and names needed to turn draft form values into a conflict candidate. */
export async function getCandidateContext(forumId: string, roomId: string | null, presenterIds: string[]) {
  const [forum, room, presenters] = await Promise.all([
    db.forum.findUnique({ where: { id: forumId }, select: { timeZone: true } }),
    roomId ? db.room.findFirst({ where: { id: roomId, forumId }, select: { id: true, name: true, capacity: true } }) : null,
    presenterIds.length ? db.presenter.findMany({ where: { id: { in: presenterIds } }, select: { id: true, name: true } }) : [],
  ]);
  return { timeZone: forum?.timeZone ?? null, room, presenterNames: new Map(presenters.map((p) => [p.id, p.name])) };
}

/** A saved session's issues against the rest of its agenda (shown right after a save or a move). */
export async function readSessionIssues(sessionId: string): Promise<AgendaIssue[]> {
  const row = await readSession(db, sessionId);
  if (!row) return [];
  return listIssuesForCandidate(row.forumId, toConflictSession(row));
}

export type EditorSession = {
  id: string;
  title: string;
  kind: SnapshotRow["kind"];
  startsAt: Date;
  endsAt: Date;
  day: string;
  start: string;
  endDay: string;
  end: string;
  roomId: string | null;
  roomName: string | null;
  trackId: string | null;
  trackName: string | null;
  trackColour: string | null;
  visibility: SnapshotRow["visibility"];
  chathamHouse: boolean;
  status: SnapshotRow["status"];
  expectedAttendance: number | null;
  version: number;
  presenterNames: string[];
};

/** The agenda editor's data: the forum, its rooms and tracks, every session (drafts and cancelled too), issues. */
export async function getAgendaForEditor(forumId: string, viewer: Viewer) {
  if (!isOrganiser(viewer)) return null;
  const forum = await db.forum.findUnique({
    where: { id: forumId },
    select: {
      id: true,
      slug: true,
      name: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      status: true,
      agendaPublishedAt: true,
      rooms: { select: { id: true, name: true, capacity: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
      tracks: { select: { id: true, name: true, colour: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!forum) return null;
  const rows = await db.forumSession.findMany({ where: { forumId }, select: snapshotSelect, orderBy: [{ startsAt: "asc" }, { title: "asc" }] });
  const zone = forum.timeZone;
  const sessions: EditorSession[] = rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    day: dayInZone(r.startsAt, zone),
    start: timeInZone(r.startsAt, zone),
    endDay: dayInZone(r.endsAt, zone),
    end: timeInZone(r.endsAt, zone),
    roomId: r.roomId,
    roomName: r.room?.name ?? null,
    trackId: r.trackId,
    trackName: r.track?.name ?? null,
    trackColour: r.track?.colour ?? null,
    visibility: r.visibility,
    chathamHouse: r.chathamHouse,
    status: r.status,
    expectedAttendance: r.expectedAttendance,
    version: r.version,
    presenterNames: r.presenters.map((p) => p.presenter.name),
  }));
  const presenterNames = new Map<string, string>();
  for (const r of rows) for (const p of r.presenters) presenterNames.set(p.presenterId, p.presenter.name);
  const conflictForum = { startsOn: dateOnly(forum.startsOn), endsOn: dateOnly(forum.endsOn), timeZone: zone };
  const issues = detectConflicts(rows.map(toConflictSession), conflictForum, presenterNames);
  return { forum: { ...forum, startsOn: conflictForum.startsOn, endsOn: conflictForum.endsOn }, sessions, issues };
}

export type AgendaForEditor = NonNullable<Awaited<ReturnType<typeof getAgendaForEditor>>>;

/** One session with its form values in forum time, for the edit page. */
export async function getSessionForEditing(sessionId: string, viewer: Viewer) {
  if (!isOrganiser(viewer)) return null;
  const row = await db.forumSession.findUnique({
    where: { id: sessionId },
    select: { ...snapshotSelect, forum: { select: { id: true, timeZone: true, agendaPublishedAt: true } }, _count: { select: { bookmarks: true, interests: true } } },
  });
  if (!row) return null;
  const zone = row.forum.timeZone;
  return {
    id: row.id,
    forumId: row.forumId,
    version: row.version,
    status: row.status,
    title: row.title,
    bookmarks: row._count.bookmarks,
    interests: row._count.interests,
    values: {
      title: row.title,
      abstract: row.abstract,
      kind: row.kind,
      date: dayInZone(row.startsAt, zone),
      start: timeInZone(row.startsAt, zone),
      endDate: dayInZone(row.endsAt, zone),
      end: timeInZone(row.endsAt, zone),
      roomId: row.roomId ?? "",
      trackId: row.trackId ?? "",
      visibility: row.visibility,
      chathamHouse: row.chathamHouse,
      status: row.status,
      expectedAttendance: row.expectedAttendance?.toString() ?? "",
      presenters: row.presenters.map((p) => ({ presenterId: p.presenterId, role: p.role })),
    },
  };
}

export type SessionFormValues = NonNullable<Awaited<ReturnType<typeof getSessionForEditing>>>["values"];

/** Presenters to attach to sessions, by name. */
export async function listPresenterOptions(viewer: Viewer) {
  if (!isOrganiser(viewer)) return [];
  return db.presenter.findMany({ select: { id: true, name: true, organisation: true }, orderBy: { name: "asc" } });
}

/**
 * A published agenda's change log, newest first, holding only changes to sessions the viewer may see: organisers
 * and delegates see every change; signed-in attendees with an approved registration also see changes to
 * "registered" sessions; everyone else sees changes to public sessions. The visibility is kept on each change
 * (as it was when the change was made), so a deleted session's change stays correctly scoped.
 */
export async function listSessionChanges(forumId: string, viewer: Viewer, opts: { take?: number } = {}) {
  const forum = await db.forum.findUnique({ where: { id: forumId }, select: { status: true, agendaPublishedAt: true } });
  if (!forum) return [];
  if (!isOrganiser(viewer) && (forum.status === "draft" || !forum.agendaPublishedAt)) return [];
  const approved =
    visibilityDependsOnRegistration(viewer) &&
    (await db.registration.count({ where: { forumId, email: viewer.email.toLowerCase(), status: "approved" } })) > 0;
  const visible = visibilitiesFor(viewer, approved);
  const where: Prisma.SessionChangeWhereInput = { forumId };
  if (visible.length < 3) where.OR = visible.map((v) => ({ data: { path: ["visibility"], equals: v } }));
  return db.sessionChange.findMany({
    where,
    select: { id: true, sessionId: true, kind: true, title: true, summary: true, at: true },
    orderBy: { at: "desc" },
    take: opts.take ?? 200,
  });
}

type AuditedChange = { label: string; from: string; to: string };

/**
 * What others changed in a record since the version an editor loaded, read back from the audit trail (each
 * versioned write records `toVersion` and its field changes). Used to name the changes when a save is refused
 * as stale, so the second editor knows what to review. Shared by sessions and forums.
 */
export async function changesSinceVersion(client: Client, targetType: string, targetId: string, loadedVersion: number) {
  const events = await client.auditEvent.findMany({
    where: { targetType, targetId },
    select: { data: true, at: true, actor: { select: { name: true, email: true } } },
    orderBy: { at: "asc" },
    take: 200,
  });
  const merged = new Map<string, AuditedChange>();
  const actors = new Set<string>();
  for (const e of events) {
    const data = (e.data ?? {}) as { toVersion?: number; changes?: AuditedChange[] };
    if (typeof data.toVersion !== "number" || data.toVersion <= loadedVersion) continue;
    if (e.actor) actors.add(e.actor.name ?? e.actor.email);
    for (const c of data.changes ?? []) {
      const prev = merged.get(c.label);
      merged.set(c.label, { label: c.label, from: prev ? prev.from : c.from, to: c.to });
    }
  }
  return { changes: [...merged.values()].filter((c) => c.from !== c.to), actors: [...actors] };
}
