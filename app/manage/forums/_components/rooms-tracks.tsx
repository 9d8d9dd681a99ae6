"use client";
import { useRouter } from "next/navigation";
import { useRef, type CSSProperties, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useAction } from "@/components/ui/use-action";
import { createRoomAction, createTrackAction, deleteRoomAction, deleteTrackAction, updateRoomAction, updateTrackAction } from "@/lib/forums/actions";
import { formValues, type ActionResult, type ServerAction } from "@/lib/action-result";

type Room = { id: string; name: string; capacity: number | null; sessions: number };
type Track = { id: string; name: string; colour: string; sessions: number };
type Errors = Record<string, string[] | undefined>;

function Status({ result }: { result: ActionResult<unknown> | null }) {
  return (
    <p aria-live="polite" className={`text-sm ${result?.ok ? "text-ok" : "text-danger"}`}>
      {result ? (result.ok ? result.message : result.fieldErrors && Object.keys(result.fieldErrors).length ? "" : result.message) : null}
    </p>
  );
}

/** One room or track: its fields, saved in place, and a delete button. */
function ItemRow(props: {
  ids: Record<string, string>;
  name: string;
  noun: string;
  confirm: string;
  note: string;
  save: ServerAction<unknown>;
  remove: ServerAction<unknown>;
  fields: (errors: Errors) => ReactNode;
  style?: CSSProperties;
  className?: string;
}) {
  const router = useRouter();
  const save = useAction(props.save);
  const remove = useAction(props.remove);
  return (
    <li className={`rounded border border-line p-3 ${props.className ?? ""}`} style={props.style}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.submit({ ...props.ids, ...formValues(new FormData(e.currentTarget)) }, () => router.refresh());
        }}
      >
        {props.fields(save.fieldErrors)}
        <p className="-mt-2 mb-2 text-xs text-muted">{props.note}</p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={save.pending}>
            Save {props.noun}
          </Button>
          <Button
            variant="ghost"
            disabled={remove.pending}
            aria-label={`Delete ${props.name}`}
            onClick={() => {
              if (window.confirm(props.confirm)) remove.submit(props.ids, () => router.refresh());
            }}
          >
            Delete
          </Button>
        </div>
        <Status result={save.result} />
        <Status result={remove.result} />
      </form>
    </li>
  );
}

/** A panel of rooms or tracks with an "add" form: on success it empties itself; on refusal it keeps what was typed. */
function ItemsPanel(props: {
  forumId: string;
  id: string;
  title: string;
  noun: string;
  intro: ReactNode;
  add: ServerAction<unknown>;
  fields: (errors: Errors) => ReactNode;
  children: ReactNode[];
}) {
  const router = useRouter();
  const add = useAction(props.add);
  const formRef = useRef<HTMLFormElement>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.submit({ forumId: props.forumId, ...formValues(new FormData(e.currentTarget)) }, (r) => {
      if (!r.ok) return;
      formRef.current?.reset();
      router.refresh();
    });
  }
  return (
    <section id={props.id} aria-labelledby={`${props.id}-heading`} className="rounded border border-line bg-white p-4">
      <h2 id={`${props.id}-heading`} className="mb-1 font-serif text-xl font-semibold">
        {props.title}
      </h2>
      <p className="mb-3 text-sm text-muted">{props.intro}</p>
      {props.children.length ? <ul className="mb-4 space-y-3">{props.children}</ul> : <p className="mb-3 text-sm text-muted">No {props.id} yet.</p>}
      <form ref={formRef} noValidate aria-label={`Add a ${props.noun}`} onSubmit={onSubmit}>
        <h3 className="mb-2 text-sm font-semibold">Add a {props.noun}</h3>
        {props.fields(add.fieldErrors)}
        <Button type="submit" disabled={add.pending}>
          Add {props.noun}
        </Button>
        <Status result={add.result} />
      </form>
    </section>
  );
}

function roomFields(room?: Room) {
  return function RoomFields(errors: Errors) {
    return (
      <div className="grid grid-cols-[1fr_7rem] gap-2">
        <Field label="Room name" name="name" required errors={errors.name}>
          {(p) => <Input {...p} defaultValue={room?.name} maxLength={120} />}
        </Field>
        <Field label="Seats" name="capacity" errors={errors.capacity}>
          {(p) => <Input {...p} type="number" min={0} inputMode="numeric" defaultValue={room?.capacity ?? ""} />}
        </Field>
      </div>
    );
  };
}

function trackFields(track?: Track) {
  return function TrackFields(errors: Errors) {
    return (
      <div className="grid grid-cols-[1fr_5rem] gap-2">
        <Field label="Track name" name="name" required errors={errors.name}>
          {(p) => <Input {...p} defaultValue={track?.name} maxLength={120} />}
        </Field>
        <Field label="Colour" name="colour" required errors={errors.colour}>
          {(p) => <Input {...p} type="color" defaultValue={track?.colour ?? "#1d4ed8"} className="h-10 p-1" />}
        </Field>
      </div>
    );
  };
}

const plural = (n: number) => `${n} session${n === 1 ? "" : "s"}`;

export function RoomsPanel({ forumId, rooms }: { forumId: string; rooms: Room[] }) {
  return (
    <ItemsPanel forumId={forumId} id="rooms" title="Rooms" noun="room" intro={<>Seats are checked against each session&apos;s expected attendance.</>} add={createRoomAction} fields={roomFields()}>
      {rooms.map((r) => (
        <ItemRow
          key={`${r.id}-${r.name}-${r.capacity}`}
          ids={{ roomId: r.id }}
          name={r.name}
          noun="room"
          confirm={`Delete ${r.name}?`}
          note={`${plural(r.sessions)} scheduled here`}
          save={updateRoomAction}
          remove={deleteRoomAction}
          fields={roomFields(r)}
        />
      ))}
    </ItemsPanel>
  );
}

export function TracksPanel({ forumId, tracks }: { forumId: string; tracks: Track[] }) {
  return (
    <ItemsPanel forumId={forumId} id="tracks" title="Tracks" noun="track" intro="Themes that run through the agenda." add={createTrackAction} fields={trackFields()}>
      {tracks.map((t) => (
        <ItemRow
          key={`${t.id}-${t.name}-${t.colour}`}
          ids={{ trackId: t.id }}
          name={t.name}
          noun="track"
          confirm={`Delete the track ${t.name}?`}
          note={`${plural(t.sessions)} · the colour is always shown with the track's name`}
          save={updateTrackAction}
          remove={deleteTrackAction}
          fields={trackFields(t)}
          className="border-l-8"
          style={{ borderLeftColor: t.colour }}
        />
      ))}
    </ItemsPanel>
  );
}
