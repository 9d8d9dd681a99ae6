/**
 * Pure agenda logic: cutting days in a zone, filtering, clashes and the room-by-time grid.
 * Everything here works on sessions the viewer may already see; nothing here decides visibility.
 */
import { dayInZone, overlaps, type DateString } from "@/lib/time";
import type { SessionKind } from "@/lib/generated/prisma/enums";

type Timed = { id: string; startsAt: Date; endsAt: Date };
type Placed = Timed & { room: { id: string; name: string; position: number } | null };

export type AgendaFilters = {
  day?: DateString;
  track?: string;
  room?: string;
  kind?: SessionKind;
  presenter?: string; // presenter slug
};

/** Start time, then room order, then title: the order people read an agenda in. */
export function compareSessions<T extends Placed & { title?: string }>(a: T, b: T): number {
  return (
    a.startsAt.getTime() - b.startsAt.getTime() ||
    (a.room?.position ?? Number.MAX_SAFE_INTEGER) - (b.room?.position ?? Number.MAX_SAFE_INTEGER) ||
    a.endsAt.getTime() - b.endsAt.getTime() ||
    (a.title ?? "").localeCompare(b.title ?? "")
  );
}

/** Sessions grouped by the day they start on in `zone` (so the same session can fall on different days per zone). */
export function groupByDay<T extends Placed & { title?: string }>(sessions: T[], zone: string): { day: DateString; sessions: T[] }[] {
  const byDay = new Map<DateString, T[]>();
  for (const s of [...sessions].sort(compareSessions)) {
    const day = dayInZone(s.startsAt, zone);
    const list = byDay.get(day) ?? [];
    list.push(s);
    byDay.set(day, list);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, sessions: list }));
}

type Filterable = Timed & {
  kind: SessionKind;
  room: { id: string } | null;
  track: { id: string } | null;
  presenters: { slug: string }[];
};

/** Applies the agenda's filters; the day is cut in the zone the times are shown in. */
export function filterSessions<T extends Filterable>(sessions: T[], filters: AgendaFilters, zone: string): T[] {
  return sessions.filter(
    (s) =>
      (!filters.day || dayInZone(s.startsAt, zone) === filters.day) &&
      (!filters.track || s.track?.id === filters.track) &&
      (!filters.room || s.room?.id === filters.room) &&
      (!filters.kind || s.kind === filters.kind) &&
      (!filters.presenter || s.presenters.some((p) => p.slug === filters.presenter)),
  );
}

/** The presenters appearing in a set of sessions, by name: filter options come only from what the viewer sees. */
export function presentersOf<P extends { slug: string; name: string }>(sessions: { presenters: P[] }[]): P[] {
  const bySlug = new Map<string, P>();
  for (const s of sessions) for (const p of s.presenters) if (!bySlug.has(p.slug)) bySlug.set(p.slug, p);
  return [...bySlug.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export type Clash<T> = { a: T; b: T };

/**
 * Pairs of sessions that overlap in time. Cancelled sessions take no time, so they clash with nothing;
 * back-to-back sessions (one ends as the next starts) do not clash.
 */
export function findClashes<T extends Timed & { status?: string }>(sessions: T[]): Clash<T>[] {
  const live = sessions.filter((s) => s.status !== "cancelled").sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  const clashes: Clash<T>[] = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length && live[j].startsAt < live[i].endsAt; j++) {
      if (overlaps(live[i].startsAt, live[i].endsAt, live[j].startsAt, live[j].endsAt)) clashes.push({ a: live[i], b: live[j] });
    }
  }
  return clashes;
}

/** Ids of sessions in at least one clash, for flagging rows. */
export function clashingIds<T extends Timed>(clashes: Clash<T>[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const { a, b } of clashes) {
    out.set(a.id, [...(out.get(a.id) ?? []), b]);
    out.set(b.id, [...(out.get(b.id) ?? []), a]);
  }
  return out;
}

export type GridColumn = { id: string; name: string };
export type GridCell<T> =
  | { type: "session"; session: T; rowSpan: number; colSpan: number }
  | { type: "empty" }
  | { type: "covered" }; // part of a session cell that started above or to the left
export type GridRow<T> = { start: Date; end: Date; cells: GridCell<T>[] };
export type DayGrid<T> = { columns: GridColumn[]; rows: GridRow<T>[]; overflow: T[] };

/**
 * The room-by-time grid of one day. Rows are the intervals between consecutive start/end instants (so a daylight-
 * saving change never breaks it); a session spans the rows it covers. Sessions without a room (breaks, plenary
 * items for everyone) span every room column when nothing else runs then. Anything that cannot be placed without
 * overlapping (two sessions in one room at once: a draft conflict) is returned in `overflow` rather than hidden.
 */
export function buildDayGrid<T extends Placed & { title?: string }>(
  sessions: T[],
  rooms: { id: string; name: string; position: number }[],
): DayGrid<T> {
  const sorted = [...sessions].sort(compareSessions);
  const usedRoomIds = new Set(sorted.map((s) => s.room?.id).filter(Boolean));
  const columns: GridColumn[] = rooms
    .filter((r) => usedRoomIds.has(r.id))
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
    .map((r) => ({ id: r.id, name: r.name }));
  // Rooms deleted from the forum list but still on a session keep a column of their own.
  for (const s of sorted) {
    if (s.room && !columns.some((c) => c.id === s.room!.id)) columns.push({ id: s.room.id, name: s.room.name });
  }
  if (!columns.length) columns.push({ id: "", name: "Sessions" });

  const times = [...new Set(sorted.flatMap((s) => [s.startsAt.getTime(), s.endsAt.getTime()]))].sort((a, b) => a - b);
  const rowOf = new Map(times.map((t, i) => [t, i]));
  const rowCount = Math.max(times.length - 1, 0);
  const occupied: (T | null)[][] = Array.from({ length: rowCount }, () => columns.map(() => null));
  const placed = new Map<string, { row: number; col: number; rowSpan: number; colSpan: number }>();
  const overflow: T[] = [];

  const free = (r0: number, r1: number, c0: number, c1: number) => {
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) if (occupied[r][c]) return false;
    return true;
  };
  const place = (s: T, r0: number, r1: number, c0: number, c1: number) => {
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) occupied[r][c] = s;
    placed.set(s.id, { row: r0, col: c0, rowSpan: r1 - r0, colSpan: c1 - c0 });
  };

  // Rooms first, so a roomless item only spans the columns when it really has the venue to itself.
  for (const s of [...sorted.filter((x) => x.room), ...sorted.filter((x) => !x.room)]) {
    const r0 = rowOf.get(s.startsAt.getTime())!;
    const r1 = rowOf.get(s.endsAt.getTime())!;
    if (r1 <= r0) {
      overflow.push(s); // zero-length or inverted: nothing to draw
      continue;
    }
    if (s.room) {
      const c = columns.findIndex((col) => col.id === s.room!.id);
      if (free(r0, r1, c, c + 1)) place(s, r0, r1, c, c + 1);
      else overflow.push(s);
    } else if (free(r0, r1, 0, columns.length)) {
      place(s, r0, r1, 0, columns.length);
    } else {
      overflow.push(s);
    }
  }

  const rows: GridRow<T>[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: GridCell<T>[] = columns.map((_, c) => {
      const s = occupied[r][c];
      if (!s) return { type: "empty" };
      const p = placed.get(s.id)!;
      return p.row === r && p.col === c ? { type: "session", session: s, rowSpan: p.rowSpan, colSpan: p.colSpan } : { type: "covered" };
    });
    rows.push({ start: new Date(times[r]), end: new Date(times[r + 1]), cells });
  }
  // Rows where nothing runs (a gap between sessions) carry no information; drop them unless they sit inside a span.
  const visibleRows = rows.filter((row) => row.cells.some((c) => c.type !== "empty"));
  return { columns, rows: visibleRows, overflow: overflow.sort(compareSessions) };
}
