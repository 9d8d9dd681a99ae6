"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { formValues, type ActionResult } from "@/lib/action-result";
import { dayInZone, timeInZone, zoneLabel } from "@/lib/time";

export type MoveTarget = { id: string; title: string; startsAt: string; endsAt: string; roomId: string | null; version: number };

type Props = {
  target: MoveTarget | null;
  timeZone: string;
  rooms: { id: string; name: string }[];
  onClose: () => void;
  onSave: (input: Record<string, unknown>, done: (r: ActionResult<unknown>) => void) => void;
};

/** The plain form alternative to dragging: day, start, end and room, in the forum's zone. */
export function MoveDialog({ target, timeZone, rooms, onClose, onSave }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  if (!target) return <dialog ref={ref} aria-label="Move or resize a session" />;
  const start = new Date(target.startsAt);
  const end = new Date(target.endsAt);
  const e = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const label = zoneLabel(start, timeZone);

  return (
    <dialog
      ref={ref}
      aria-labelledby="move-title"
      onClose={() => {
        setResult(null);
        onClose();
      }}
      className="m-auto w-[min(32rem,95vw)] rounded border border-line p-0 shadow-xl backdrop:bg-black/40"
    >
      <form
        key={`${target.id}-${target.version}`}
        noValidate
        className="p-5"
        onSubmit={(ev) => {
          ev.preventDefault();
          setSaving(true);
          const data = formValues(new FormData(ev.currentTarget));
          onSave({ ...data, sessionId: target.id, version: target.version }, (r) => {
            setSaving(false);
            setResult(r);
            if (r.ok) ref.current?.close();
          });
        }}
      >
        <h2 id="move-title" className="mb-1 font-serif text-xl font-semibold">
          Move or resize “{target.title}”
        </h2>
        <p className="mb-3 text-sm text-muted">
          Times in forum time: {timeZone.replace(/_/g, " ")} ({label}).
        </p>
        {result && !result.ok ? (
          <p role="alert" className="mb-3 rounded border-l-4 border-danger bg-danger-light px-3 py-2 text-sm">
            {result.message}
          </p>
        ) : null}
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Day" name="date" required errors={e.date}>
            {(p) => <Input {...p} type="date" defaultValue={dayInZone(start, timeZone)} />}
          </Field>
          <Field label="Room" name="roomId" errors={e.roomId}>
            {(p) => (
              <Select {...p} defaultValue={target.roomId ?? ""}>
                <option value="">No room</option>
                {rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Start" name="start" required errors={e.start} hint="HH:mm">
            {(p) => <Input {...p} type="time" step={300} defaultValue={timeInZone(start, timeZone)} />}
          </Field>
          <Field label="End" name="end" required errors={e.end} hint="HH:mm">
            {(p) => <Input {...p} type="time" step={300} defaultValue={timeInZone(end, timeZone)} />}
          </Field>
          <Field label="End day" name="endDate" errors={e.endDate} hint="Only for a session past midnight.">
            {(p) => <Input {...p} type="date" defaultValue={dayInZone(end, timeZone) === dayInZone(start, timeZone) ? "" : dayInZone(end, timeZone)} />}
          </Field>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={saving}>
            {saving ? "Saving…" : "Save new time"}
          </Button>
          <Button variant="secondary" onClick={() => ref.current?.close()}>
            Close
          </Button>
        </div>
      </form>
    </dialog>
  );
}
