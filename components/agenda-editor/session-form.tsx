"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useAction } from "@/components/ui/use-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { AgendaIssue } from "@/lib/agenda/conflicts";
import { checkSessionConflictsAction, createSessionAction, updateSessionAction } from "@/lib/agenda/actions";
import { PRESENTER_ROLES, SESSION_KINDS, SESSION_STATUSES, SESSION_VISIBILITIES, sessionFieldsFromFormData } from "@/lib/agenda/schema";
import { formatDay, zoneLabelOn } from "@/lib/time";
import { IssueList } from "./issue-list";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS, VISIBILITY_LABELS } from "@/lib/agenda/labels";

export type SessionFormValues = {
  title: string;
  abstract: string;
  kind: string;
  date: string;
  start: string;
  endDate: string;
  end: string;
  roomId: string;
  trackId: string;
  visibility: string;
  chathamHouse: boolean;
  status: string;
  expectedAttendance: string;
  presenters: { presenterId: string; role: string }[];
};

type Props = {
  mode: "create" | "edit";
  forum: { id: string; timeZone: string; days: string[]; agendaPublished: boolean };
  sessionId?: string;
  version?: number;
  values: SessionFormValues;
  rooms: { id: string; name: string; capacity: number | null }[];
  tracks: { id: string; name: string }[];
  presenterOptions: { id: string; name: string; organisation: string }[];
  initialIssues?: AgendaIssue[];
};

let rowSeq = 0;
const newRow = (p: { presenterId: string; role: string }) => ({ ...p, key: `row-${++rowSeq}` });

export function SessionForm({ mode, forum, sessionId, version, values, rooms, tracks, presenterOptions, initialIssues = [] }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const create = useAction(createSessionAction);
  const update = useAction(updateSessionAction);
  const { result, pending } = mode === "create" ? create : update;
  const [presenters, setPresenters] = useState(() => values.presenters.map(newRow));
  const [issues, setIssues] = useState<AgendaIssue[]>(initialIssues);
  const [checking, setChecking] = useState(false);
  const [slot, setSlot] = useState({ date: values.date, start: values.start, endDate: values.endDate || values.date });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  // Check the values being edited against the saved agenda, a moment after the organiser stops typing.
  function scheduleCheck() {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setSlot({ date: String(data.get("date") ?? ""), start: String(data.get("start") ?? ""), endDate: String(data.get("endDate") || data.get("date") || "") });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      setChecking(true);
      try {
        const session = sessionFieldsFromFormData(data);
        // A presenter row still being filled in should not stop the check of everything else.
        session.presenters = (session.presenters as { presenterId: string }[]).filter((p) => p.presenterId);
        const r = await checkSessionConflictsAction({ forumId: forum.id, sessionId, session });
        if (r.ok) setIssues(r.data.issues);
      } finally {
        setChecking(false);
      }
    }, 400);
  }

  useEffect(() => {
    scheduleCheck();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // Once on mount, for the loaded values; afterwards on every change of the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const session = sessionFieldsFromFormData(new FormData(event.currentTarget));
    if (mode === "create") {
      create.submit({ forumId: forum.id, session }, (r) => {
        if (!r.ok) return router.refresh();
        setIssues(r.data.issues);
        router.push(`/manage/forums/${forum.id}/agenda?day=${String(session.date)}&saved=${r.data.id}`);
      });
      return;
    }
    update.submit({ sessionId, version, session }, (r) => {
      if (r.ok) setIssues(r.data.issues);
      // After a save or a stale refusal, load the current version; the inputs keep what the organiser typed.
      router.refresh();
    });
  }

  const label = zoneLabelOn(slot.date, forum.timeZone, slot.start);
  const zoneName = forum.timeZone.replace(/_/g, " ");
  const e = fieldErrors;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <form ref={formRef} onSubmit={onSubmit} onChange={scheduleCheck} noValidate className="rounded border border-line bg-white p-5 shadow-sm">
        <div aria-live="polite">
          {result && !result.ok ? (
            <Alert tone={result.code === "stale" ? "warning" : "error"} title={result.code === "stale" ? "Not saved: this session changed" : "Not saved"}>
              <p>{result.message}</p>
            </Alert>
          ) : null}
          {result?.ok && mode === "edit" ? <Alert tone="success">{result.message ?? "Saved."}</Alert> : null}
        </div>
        <Field label="Title" name="title" required errors={e.title}>
          {(p) => <Input {...p} defaultValue={values.title} maxLength={200} />}
        </Field>
        <Field label="Abstract" name="abstract" errors={e.abstract}>
          {(p) => <Textarea {...p} defaultValue={values.abstract} rows={4} maxLength={10000} />}
        </Field>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Kind" name="kind" required errors={e.kind}>
            {(p) => (
              <Select {...p} defaultValue={values.kind}>
                {SESSION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {SESSION_KIND_LABELS[k]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Status" name="status" required errors={e.status} hint={forum.agendaPublished ? "The agenda is published: a published session appears at once and is listed in the change log." : "Nothing is public until the agenda is published."}>
            {(p) => (
              <Select {...p} defaultValue={values.status}>
                {SESSION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {SESSION_STATUS_LABELS[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>

        <fieldset className="mb-2 rounded border border-line p-3">
          <legend className="px-1 text-sm font-semibold">
            When, in forum time: {zoneName} ({label})
          </legend>
          <div className="grid gap-x-4 sm:grid-cols-2 md:grid-cols-4">
            <Field label="Day" name="date" required errors={e.date} hint={forum.days.length ? `Forum days: ${forum.days.map((d) => formatDay(d, { year: false })).join(", ")}` : undefined}>
              {(p) => <Input {...p} type="date" list="forum-days" defaultValue={values.date} />}
            </Field>
            <Field label="Start" name="start" required errors={e.start} hint={`HH:mm, ${label}`}>
              {(p) => <Input {...p} type="time" step={300} defaultValue={values.start} />}
            </Field>
            <Field label="End day" name="endDate" errors={e.endDate} hint="Only for a session past midnight.">
              {(p) => <Input {...p} type="date" defaultValue={values.endDate === values.date ? "" : values.endDate} />}
            </Field>
            <Field label="End" name="end" required errors={e.end} hint={`HH:mm, ${label}`}>
              {(p) => <Input {...p} type="time" step={300} defaultValue={values.end} />}
            </Field>
          </div>
          <datalist id="forum-days">
            {forum.days.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </fieldset>

        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field label="Room" name="roomId" errors={e.roomId}>
            {(p) => (
              <Select {...p} defaultValue={values.roomId}>
                <option value="">No room</option>
                {rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                    {r.capacity != null ? ` (${r.capacity} seats)` : ""}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Track" name="trackId" errors={e.trackId}>
            {(p) => (
              <Select {...p} defaultValue={values.trackId}>
                <option value="">No track</option>
                {tracks.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Expected attendance" name="expectedAttendance" errors={e.expectedAttendance} hint="Checked against the room's seats.">
            {(p) => <Input {...p} type="number" min={0} inputMode="numeric" defaultValue={values.expectedAttendance} />}
          </Field>
        </div>

        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label="Who may see it" name="visibility" required errors={e.visibility}>
            {(p) => (
              <Select {...p} defaultValue={values.visibility}>
                {SESSION_VISIBILITIES.map((v) => (
                  <option key={v} value={v}>
                    {VISIBILITY_LABELS[v]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <div className="mb-4 flex items-start gap-2 pt-6">
            <input id="chathamHouse" name="chathamHouse" type="checkbox" defaultChecked={values.chathamHouse} className="mt-1 h-4 w-4" aria-describedby="chatham-hint" />
            <div>
              <label htmlFor="chathamHouse" className="text-sm font-medium">
                Chatham House rule
              </label>
              <p id="chatham-hint" className="text-xs text-muted">
                What is said may be reported, but not who said it.
              </p>
            </div>
          </div>
        </div>

        <fieldset className="mb-4 rounded border border-line p-3">
          <legend className="px-1 text-sm font-semibold">Presenters</legend>
          {presenters.length ? null : <p className="mb-2 text-sm text-muted">No presenters attached.</p>}
          <ul className="space-y-2">
            {presenters.map((row, i) => (
              <li key={row.key} className="grid grid-cols-[1fr_9rem_auto] items-end gap-2">
                <Field label={`Presenter ${i + 1}`} name="presenterId" required errors={e[`presenters.${i}.presenterId`]}>
                  {(p) => (
                    <Select
                      {...p}
                      value={row.presenterId}
                      onChange={(ev) => setPresenters((list) => list.map((r) => (r.key === row.key ? { ...r, presenterId: ev.target.value } : r)))}
                    >
                      <option value="">Choose a presenter…</option>
                      {presenterOptions.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.name}
                          {o.organisation ? `, ${o.organisation}` : ""}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Field label="Role" name="presenterRole" required errors={e[`presenters.${i}.role`]}>
                  {(p) => (
                    <Select {...p} value={row.role} onChange={(ev) => setPresenters((list) => list.map((r) => (r.key === row.key ? { ...r, role: ev.target.value } : r)))}>
                      {PRESENTER_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {PRESENTER_ROLE_LABELS[r]}
                        </option>
                      ))}
                    </Select>
                  )}
                </Field>
                <Button
                  variant="ghost"
                  className="mb-4"
                  aria-label={`Remove presenter ${i + 1}`}
                  onClick={() => {
                    setPresenters((list) => list.filter((r) => r.key !== row.key));
                    setTimeout(scheduleCheck, 0);
                  }}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
          {e.presenters ? <p className="text-sm text-danger">{e.presenters.join(" ")}</p> : null}
          <Button variant="secondary" onClick={() => setPresenters((list) => [...list, newRow({ presenterId: "", role: "speaker" })])}>
            Add presenter
          </Button>
          {presenterOptions.length === 0 ? (
            <p className="mt-2 text-sm text-muted">
              No presenters in the directory yet. <Link className="text-brand underline" href="/manage/presenters">Add presenters</Link> first.
            </p>
          ) : null}
        </fieldset>

        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create session" : "Save session"}
        </Button>
      </form>

      <aside aria-labelledby="live-issues-heading" className="self-start rounded border border-line bg-white p-4 lg:sticky lg:top-4">
        <h2 id="live-issues-heading" className="mb-1 font-semibold">
          Conflicts with the saved agenda
        </h2>
        <div aria-live="polite" aria-busy={checking}>
          {issues.length ? (
            <>
              <p className="mb-2 text-sm text-muted">
                {issues.length} issue{issues.length === 1 ? "" : "s"}. You can still save; they will be listed on the agenda page.
              </p>
              <IssueList issues={issues} forumId={forum.id} self={sessionId} />
            </>
          ) : (
            <p className="text-sm text-ok">
              <span aria-hidden="true">✓ </span>No conflicts{checking ? " (checking…)" : ""}.
            </p>
          )}
        </div>
      </aside>
    </div>
  );
}
