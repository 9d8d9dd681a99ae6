"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useAction } from "@/components/ui/use-action";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type KeyboardCoordinateGetter,
} from "@dnd-kit/core";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/action-result";
import type { AgendaIssue } from "@/lib/agenda/conflicts";
import { moveSessionAction } from "@/lib/agenda/actions";
import { dayBoundsUtc, dayInZone, timeInZone } from "@/lib/time";
import { IssueList } from "./issue-list";
import { MoveDialog, type MoveTarget } from "./move-dialog";
import { SESSION_KIND_LABELS } from "@/lib/agenda/labels";

export type GridSession = {
  id: string;
  title: string;
  kind: keyof typeof SESSION_KIND_LABELS;
  startsAt: string; // ISO
  endsAt: string;
  roomId: string | null;
  trackName: string | null;
  trackColour: string | null;
  visibility: "public" | "registered" | "delegates";
  chathamHouse: boolean;
  status: "draft" | "published" | "cancelled";
  version: number;
  presenterNames: string[];
  issueCount: number;
};

type Props = {
  forumId: string;
  timeZone: string;
  day: string;
  rooms: { id: string; name: string; capacity: number | null }[];
  sessions: GridSession[];
  highlight?: string;
};

const SLOT_MIN = 15;
const SLOT_PX = 22; // height of 15 minutes
const NO_ROOM = "none";
const MIN = 60_000;

type Column = { key: string; roomId: string | null; name: string; capacity: number | null };

/** Lanes for sessions that overlap within one column, so a double booking is visible rather than hidden. */
function laneLayout(items: GridSession[]) {
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const laneEnds: number[] = [];
  const lane = new Map<string, number>();
  for (const s of sorted) {
    const start = Date.parse(s.startsAt);
    let i = laneEnds.findIndex((end) => end <= start);
    if (i === -1) i = laneEnds.length;
    laneEnds[i] = Date.parse(s.endsAt);
    lane.set(s.id, i);
  }
  const overlapsAny = (s: GridSession) =>
    items.some((o) => o.id !== s.id && Date.parse(o.startsAt) < Date.parse(s.endsAt) && Date.parse(s.startsAt) < Date.parse(o.endsAt));
  return { lane, lanes: Math.max(1, laneEnds.length), overlapsAny };
}

export function AgendaGrid({ forumId, timeZone, day, rooms, sessions, highlight }: Props) {
  const router = useRouter();
  const move = useAction(moveSessionAction);
  const pending = move.pending;
  const [status, setStatus] = useState<{ tone: "info" | "ok" | "error"; text: string; issues?: AgendaIssue[] } | null>(null);
  const [proposal, setProposal] = useState<string>("");
  // Keep the id only: after a refresh the dialog then carries the session's current version.
  const [movingId, setMovingId] = useState<string | null>(null);
  const columnWidth = useRef(200);
  const gridRef = useRef<HTMLDivElement>(null);

  const dayStart = dayBoundsUtc(day, timeZone).start.getTime();
  const minuteOf = (iso: string) => Math.round((Date.parse(iso) - dayStart) / MIN);

  const columns: Column[] = useMemo(() => {
    const cols: Column[] = rooms.map((r) => ({ key: r.id, roomId: r.id, name: r.name, capacity: r.capacity }));
    cols.push({ key: NO_ROOM, roomId: null, name: "No room", capacity: null });
    return cols;
  }, [rooms]);

  // Show 08:00–18:00 at least, widened to whole hours around every session of the day.
  const startMin = Math.min(8 * 60, ...sessions.map((s) => Math.floor(minuteOf(s.startsAt) / 60) * 60));
  const endMin = Math.min(30 * 60, Math.max(18 * 60, ...sessions.map((s) => Math.ceil(minuteOf(s.endsAt) / 60) * 60)));
  const height = ((endMin - startMin) / SLOT_MIN) * SLOT_PX;
  const hours: number[] = [];
  for (let m = Math.ceil(startMin / 60) * 60; m < endMin; m += 60) hours.push(m);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  // Arrow keys move by one 15-minute slot, or by one room column.
  const coordinateGetterRef = useRef<KeyboardCoordinateGetter>(null);
  function coordinateGetter(...args: Parameters<KeyboardCoordinateGetter>) {
    return coordinateGetterRef.current?.(...args);
  }
  coordinateGetterRef.current = (event, { currentCoordinates }) => {
    const step = { ArrowDown: [0, SLOT_PX], ArrowUp: [0, -SLOT_PX], ArrowRight: [columnWidth.current, 0], ArrowLeft: [-columnWidth.current, 0] }[event.code];
    if (!step) return undefined;
    event.preventDefault();
    return { x: currentCoordinates.x + step[0], y: currentCoordinates.y + step[1] };
  };

  const byId = new Map(sessions.map((s) => [s.id, s]));

  function planFor(activeId: string, deltaY: number, overKey: string | null) {
    const resize = activeId.startsWith("resize:");
    const s = byId.get(resize ? activeId.slice(7) : activeId.slice(5));
    if (!s) return null;
    const slots = Math.round(deltaY / SLOT_PX);
    const start = Date.parse(s.startsAt);
    const end = Date.parse(s.endsAt);
    let newStart = start;
    let newEnd = end;
    let roomId = s.roomId;
    if (resize) {
      newEnd = Math.max(start + SLOT_MIN * MIN, end + slots * SLOT_MIN * MIN);
    } else {
      newStart = start + slots * SLOT_MIN * MIN;
      newEnd = end + slots * SLOT_MIN * MIN;
      const col = columns.find((c) => c.key === overKey);
      if (col) roomId = col.roomId;
    }
    const roomName = columns.find((c) => c.roomId === roomId)?.name ?? "No room";
    const label = `${timeInZone(new Date(newStart), timeZone)}–${timeInZone(new Date(newEnd), timeZone)}, ${roomName}`;
    return { s, newStart, newEnd, roomId, label, changed: newStart !== start || newEnd !== end || roomId !== s.roomId };
  }

  function onDragMove(e: DragMoveEvent) {
    const plan = planFor(String(e.active.id), e.delta.y, e.over ? String(e.over.id) : null);
    if (plan) setProposal(`${plan.s.title}: ${plan.label}`);
  }

  function onDragEnd(e: DragEndEvent) {
    setProposal("");
    const plan = planFor(String(e.active.id), e.delta.y, e.over ? String(e.over.id) : null);
    if (!plan || !plan.changed) return;
    save({
      sessionId: plan.s.id,
      version: plan.s.version,
      date: dayInZone(new Date(plan.newStart), timeZone),
      start: timeInZone(new Date(plan.newStart), timeZone),
      endDate: dayInZone(new Date(plan.newEnd), timeZone),
      end: timeInZone(new Date(plan.newEnd), timeZone),
      roomId: plan.roomId ?? "",
    }, `${plan.s.title} moved to ${plan.label}.`);
  }

  function save(input: Record<string, unknown>, okText: string, onDone?: (r: ActionResult<unknown>) => void) {
    setStatus({ tone: "info", text: "Saving…" });
    move.submit(input, (r) => {
      if (r.ok) {
        setStatus({ tone: r.data.issues.length ? "error" : "ok", text: r.data.issues.length ? `${okText} It now has ${r.data.issues.length} issue${r.data.issues.length === 1 ? "" : "s"}:` : okText, issues: r.data.issues });
      } else {
        setStatus({ tone: "error", text: r.message });
      }
      onDone?.(r);
      router.refresh();
    });
  }

  const measure = () => {
    const col = gridRef.current?.querySelector<HTMLElement>("[data-column]");
    if (col) columnWidth.current = col.getBoundingClientRect().width;
  };

  return (
    <div>
      <div aria-live="polite" className="mb-3 min-h-6">
        {proposal ? <p className="rounded bg-accent-light px-3 py-1 text-sm font-medium text-ink">Moving {proposal}</p> : null}
        {!proposal && status ? (
          <div className={`rounded border-l-4 px-3 py-2 text-sm ${status.tone === "ok" ? "border-ok bg-ok-light" : status.tone === "error" ? "border-warn bg-warn-light" : "border-accent bg-accent-light"}`}>
            <p>{status.text}</p>
            {status.issues?.length ? (
              <div className="mt-2">
                <IssueList issues={status.issues} forumId={forumId} />
              </div>
            ) : null}
          </div>
        ) : null}
      </div>
      <p id="grid-help" className="mb-2 text-sm text-muted">
        Drag a session by its handle to another time or room, or drag its bottom edge to change its length. With a keyboard: focus a handle,
        press Space, use the arrow keys (15 minutes up or down, one room left or right), and Space again to drop or Escape to cancel. Each
        session also has a “Move or resize” form.
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={measure}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={() => setProposal("")}
        accessibility={{
          screenReaderInstructions: {
            draggable: "Press Space to pick up. Arrow keys move by 15 minutes or one room. Space drops, Escape cancels.",
          },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${byId.get(String(active.id).replace(/^(move|resize):/, ""))?.title ?? "session"}.`,
            onDragOver: () => undefined,
            onDragEnd: () => "Dropped. Saving.",
            onDragCancel: () => "Move cancelled.",
          },
        }}
      >
        <div className="overflow-x-auto rounded border border-line bg-white" aria-busy={pending}>
          <div ref={gridRef} className="flex min-w-max">
            <div aria-hidden="true" className="sticky left-0 z-20 w-14 shrink-0 border-r border-line bg-white">
              <div className="h-14 border-b border-line" />
              <div className="relative" style={{ height }}>
                {hours.map((m) => (
                  <span key={m} className="absolute right-1 -translate-y-1/2 text-xs text-muted" style={{ top: ((m - startMin) / SLOT_MIN) * SLOT_PX }}>
                    {timeInZone(new Date(dayStart + m * MIN), timeZone)}
                  </span>
                ))}
              </div>
            </div>
            {columns.map((col) => (
              <RoomColumn
                key={col.key}
                col={col}
                forumId={forumId}
                day={day}
                sessions={sessions.filter((s) => (s.roomId ?? NO_ROOM) === (col.roomId ?? NO_ROOM))}
                startMin={startMin}
                height={height}
                hours={hours}
                minuteOf={minuteOf}
                timeZone={timeZone}
                highlight={highlight}
                onMoveForm={(s) => setMovingId(s.id)}
              />
            ))}
          </div>
        </div>
      </DndContext>
      <MoveDialog
        target={(movingId && (byId.get(movingId) as MoveTarget | undefined)) || null}
        timeZone={timeZone}
        rooms={rooms}
        onClose={() => setMovingId(null)}
        onSave={(input, done) => save(input, "Session moved.", (r) => done(r))}
      />
    </div>
  );
}

type ColumnProps = {
  col: Column;
  forumId: string;
  day: string;
  sessions: GridSession[];
  startMin: number;
  height: number;
  hours: number[];
  minuteOf: (iso: string) => number;
  timeZone: string;
  highlight?: string;
  onMoveForm: (s: GridSession) => void;
};

function RoomColumn({ col, forumId, day, sessions, startMin, height, hours, minuteOf, timeZone, highlight, onMoveForm }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: col.key });
  const headingId = `col-${col.key}`;
  const { lane, lanes, overlapsAny } = laneLayout(sessions.filter((s) => s.status !== "cancelled"));
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section aria-labelledby={headingId} className="w-56 shrink-0 border-r border-line last:border-r-0" data-column>
      <div className="sticky top-0 z-10 flex h-14 items-start justify-between gap-1 border-b border-line bg-paper px-2 py-1">
        <div>
          <h3 id={headingId} className="text-sm font-semibold leading-tight">
            {col.name}
          </h3>
          <p className="text-xs text-muted">{col.capacity != null ? `${col.capacity} seats` : col.roomId ? "Seats not set" : "Breaks, foyer, off-site"}</p>
        </div>
        <Link
          href={`/manage/forums/${forumId}/sessions/new?day=${day}${col.roomId ? `&room=${col.roomId}` : ""}`}
          className="shrink-0 rounded px-1 text-xs text-brand underline underline-offset-2"
        >
          Add<span className="sr-only"> a session in {col.name}</span>
        </Link>
      </div>
      <div ref={setNodeRef} className={`relative ${isOver ? "bg-accent-light/60" : ""}`} style={{ height }}>
        {hours.map((m) => (
          <div key={m} aria-hidden="true" className="absolute inset-x-0 border-t border-dashed border-line" style={{ top: ((m - startMin) / SLOT_MIN) * SLOT_PX }} />
        ))}
        <ol className="contents">
          {sorted.map((s) => {
            const top = ((minuteOf(s.startsAt) - startMin) / SLOT_MIN) * SLOT_PX;
            const h = Math.max(28, ((minuteOf(s.endsAt) - minuteOf(s.startsAt)) / SLOT_MIN) * SLOT_PX);
            const shared = s.status !== "cancelled" && overlapsAny(s);
            const l = lane.get(s.id) ?? 0;
            return (
              <SessionBlock
                key={s.id}
                s={s}
                forumId={forumId}
                timeZone={timeZone}
                style={{ top, height: h, left: shared ? `${(l / lanes) * 100}%` : 0, width: shared ? `${100 / lanes}%` : "100%" }}
                highlight={s.id === highlight}
                onMoveForm={() => onMoveForm(s)}
              />
            );
          })}
        </ol>
      </div>
    </section>
  );
}

function SessionBlock({ s, forumId, timeZone, style, highlight, onMoveForm }: { s: GridSession; forumId: string; timeZone: string; style: React.CSSProperties; highlight: boolean; onMoveForm: () => void }) {
  // Destructured: the hook's result also holds a ref (node) that must not be read during render.
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, transform, isDragging } = useDraggable({ id: `move:${s.id}` });
  const {
    setNodeRef: setResizeNode,
    setActivatorNodeRef: setResizeActivator,
    listeners: resizeListeners,
    attributes: resizeAttributes,
    transform: resizeTransform,
  } = useDraggable({ id: `resize:${s.id}` });
  const start = timeInZone(new Date(s.startsAt), timeZone);
  const end = timeInZone(new Date(s.endsAt), timeZone);
  const crosses = dayInZone(new Date(s.startsAt), timeZone) !== dayInZone(new Date(s.endsAt), timeZone);
  const dy = transform ? { transform: `translate(${transform.x}px, ${transform.y}px)`, zIndex: 30 } : {};
  const grow = resizeTransform ? { height: Math.max(28, Number(style.height) + resizeTransform.y), zIndex: 30 } : {};
  const cancelled = s.status === "cancelled";
  return (
    <li
      ref={setNodeRef}
      className={`absolute overflow-hidden rounded border bg-white px-2 pb-3 pt-1 text-xs shadow-sm ${cancelled ? "border-dashed border-gray-400 opacity-80" : "border-gray-400"} ${highlight ? "ring-2 ring-accent" : ""} ${isDragging ? "shadow-lg" : ""}`}
      style={{ ...style, ...dy, ...grow, borderLeftWidth: 6, borderLeftColor: s.trackColour ?? "#9ca3af" }}
    >
      <div className="flex items-start gap-1">
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...listeners}
          {...attributes}
          aria-describedby="grid-help"
          aria-label={`Move ${s.title}, ${start} to ${end}`}
          className="mt-0.5 cursor-grab touch-none rounded px-0.5 text-muted hover:bg-gray-100"
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <div className="min-w-0 flex-1">
          <h4 className={`line-clamp-2 font-semibold leading-tight ${cancelled ? "line-through" : ""}`}>
            <Link href={`/manage/forums/${forumId}/sessions/${s.id}`} className="text-ink underline-offset-2 hover:underline">
              {s.title}
            </Link>
          </h4>
          <p className="text-muted">
            {start}–{end}
            {crosses ? " (next day)" : ""} · {SESSION_KIND_LABELS[s.kind]}
          </p>
        </div>
        <button
          type="button"
          onClick={onMoveForm}
          className="shrink-0 rounded border border-line bg-white px-1 text-[11px] text-brand hover:bg-accent-light"
          aria-label={`Move or resize ${s.title}`}
          title="Move or resize with a form"
        >
          Move…
        </button>
      </div>
      <p className="mt-0.5 flex flex-wrap gap-1">
        {s.issueCount ? <Badge tone="danger">⚠ {s.issueCount} issue{s.issueCount === 1 ? "" : "s"}</Badge> : null}
        {s.status === "draft" ? <Badge tone="warn">Draft</Badge> : null}
        {cancelled ? <Badge tone="danger">Cancelled</Badge> : null}
        {s.visibility === "delegates" ? <Badge tone="brand">Delegates only</Badge> : null}
        {s.visibility === "registered" ? <Badge tone="accent">Registered</Badge> : null}
        {s.chathamHouse ? <Badge tone="neutral">Chatham House</Badge> : null}
      </p>
      {s.trackName ? <p className="truncate text-muted">Track: {s.trackName}</p> : null}
      <button
        type="button"
        ref={(el) => {
          setResizeNode(el);
          setResizeActivator(el);
        }}
        {...resizeListeners}
        {...resizeAttributes}
        aria-describedby="grid-help"
        aria-label={`Change the end of ${s.title} (now ${end})`}
        className="absolute inset-x-0 bottom-0 h-2.5 cursor-ns-resize touch-none bg-gray-200 hover:bg-accent focus-visible:bg-accent"
      />
    </li>
  );
}
