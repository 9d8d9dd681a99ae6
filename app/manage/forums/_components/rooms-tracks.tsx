"use client";
import { useRouter } from "next/navigation";
import { useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { createRoomAction, createTrackAction, deleteRoomAction, deleteTrackAction, updateRoomAction, updateTrackAction } from "@/lib/forums/actions";
import { formValues } from "@/lib/action-result";
import type { ActionResult, ServerAction } from "@/lib/action-result";
import { useAction } from "@/components/ui/use-action";

type Room = { id: string; name: string; capacity: number | null; sessions: number };
type Track = { id: string; name: string; colour: string; sessions: number };

function Status({ result }: { result: ActionResult<unknown> | null }) {
  return (
    <p aria-live="polite" className={`text-sm ${result?.ok ? "text-ok" : "text-danger"}`}>
      {result ? (result.ok ? result.message : result.fieldErrors && Object.keys(result.fieldErrors).length ? "" : result.message) : null}
    </p>
  );
}

/** An "add" form for the forum: on success it empties itself and reloads the list; on refusal it keeps what was typed. */
function useAddForm<T>(action: ServerAction<T>, forumId: string) {
  const router = useRouter();
  const add = useAction(action);
  const formRef = useRef<HTMLFormElement>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    add.submit({ forumId, ...formValues(new FormData(e.currentTarget)) }, (r) => {
      if (r.ok) {
        formRef.current?.reset();
        router.refresh();
      }
    });
  }
  return { add, formRef, onSubmit };
}

function RoomRow({ room }: { room: Room }) {
  const router = useRouter();
  const save = useAction(updateRoomAction);
  const remove = useAction(deleteRoomAction);
  return (
    <li className="rounded border border-line p-3">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.submit({ roomId: room.id, ...formValues(new FormData(e.currentTarget)) }, () => router.refresh());
        }}
      >
        <div className="grid grid-cols-[1fr_7rem] gap-2">
          <Field label="Room name" name="name" required errors={save.fieldErrors.name}>
            {(p) => <Input {...p} defaultValue={room.name} maxLength={120} />}
          </Field>
          <Field label="Seats" name="capacity" errors={save.fieldErrors.capacity}>
            {(p) => <Input {...p} type="number" min={0} inputMode="numeric" defaultValue={room.capacity ?? ""} />}
          </Field>
        </div>
        <p className="-mt-2 mb-2 text-xs text-muted">
          {room.sessions} session{room.sessions === 1 ? "" : "s"} scheduled here
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={save.pending}>
            Save room
          </Button>
          <Button
            variant="ghost"
            disabled={remove.pending}
            aria-label={`Delete ${room.name}`}
            onClick={() => {
              if (window.confirm(`Delete ${room.name}?`)) remove.submit({ roomId: room.id }, () => router.refresh());
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

export function RoomsPanel({ forumId, rooms }: { forumId: string; rooms: Room[] }) {
  const { add, formRef, onSubmit } = useAddForm(createRoomAction, forumId);
  return (
    <section id="rooms" aria-labelledby="rooms-heading" className="rounded border border-line bg-white p-4">
      <h2 id="rooms-heading" className="mb-1 font-serif text-xl font-semibold">
        Rooms
      </h2>
      <p className="mb-3 text-sm text-muted">Seats are checked against each session&apos;s expected attendance.</p>
      {rooms.length ? (
        <ul className="mb-4 space-y-3">
          {rooms.map((r) => (
            <RoomRow key={`${r.id}-${r.name}-${r.capacity}`} room={r} />
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-muted">No rooms yet.</p>
      )}
      <form
        ref={formRef}
        noValidate
        aria-label="Add a room"
        onSubmit={onSubmit}
      >
        <h3 className="mb-2 text-sm font-semibold">Add a room</h3>
        <div className="grid grid-cols-[1fr_7rem] gap-2">
          <Field label="Room name" name="name" required errors={add.fieldErrors.name}>
            {(p) => <Input {...p} maxLength={120} />}
          </Field>
          <Field label="Seats" name="capacity" errors={add.fieldErrors.capacity}>
            {(p) => <Input {...p} type="number" min={0} inputMode="numeric" />}
          </Field>
        </div>
        <Button type="submit" disabled={add.pending}>
          Add room
        </Button>
        <Status result={add.result} />
      </form>
    </section>
  );
}

function TrackRow({ track }: { track: Track }) {
  const router = useRouter();
  const save = useAction(updateTrackAction);
  const remove = useAction(deleteTrackAction);
  return (
    <li className="rounded border border-line border-l-8 p-3" style={{ borderLeftColor: track.colour }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.submit({ trackId: track.id, ...formValues(new FormData(e.currentTarget)) }, () => router.refresh());
        }}
      >
        <div className="grid grid-cols-[1fr_5rem] gap-2">
          <Field label="Track name" name="name" required errors={save.fieldErrors.name}>
            {(p) => <Input {...p} defaultValue={track.name} maxLength={120} />}
          </Field>
          <Field label="Colour" name="colour" required errors={save.fieldErrors.colour}>
            {(p) => <Input {...p} type="color" defaultValue={track.colour} className="h-10 p-1" />}
          </Field>
        </div>
        <p className="-mt-2 mb-2 text-xs text-muted">
          {track.sessions} session{track.sessions === 1 ? "" : "s"} · the colour is always shown with the track&apos;s name
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={save.pending}>
            Save track
          </Button>
          <Button
            variant="ghost"
            disabled={remove.pending}
            aria-label={`Delete ${track.name}`}
            onClick={() => {
              if (window.confirm(`Delete the track ${track.name}?`)) remove.submit({ trackId: track.id }, () => router.refresh());
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

export function TracksPanel({ forumId, tracks }: { forumId: string; tracks: Track[] }) {
  const { add, formRef, onSubmit } = useAddForm(createTrackAction, forumId);
  return (
    <section id="tracks" aria-labelledby="tracks-heading" className="rounded border border-line bg-white p-4">
      <h2 id="tracks-heading" className="mb-1 font-serif text-xl font-semibold">
        Tracks
      </h2>
      <p className="mb-3 text-sm text-muted">Themes that run through the agenda.</p>
      {tracks.length ? (
        <ul className="mb-4 space-y-3">
          {tracks.map((t) => (
            <TrackRow key={`${t.id}-${t.name}-${t.colour}`} track={t} />
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-muted">No tracks yet.</p>
      )}
      <form
        ref={formRef}
        noValidate
        aria-label="Add a track"
        onSubmit={onSubmit}
      >
        <h3 className="mb-2 text-sm font-semibold">Add a track</h3>
        <div className="grid grid-cols-[1fr_5rem] gap-2">
          <Field label="Track name" name="name" required errors={add.fieldErrors.name}>
            {(p) => <Input {...p} maxLength={120} />}
          </Field>
          <Field label="Colour" name="colour" required errors={add.fieldErrors.colour}>
            {(p) => <Input {...p} type="color" defaultValue="#1d4ed8" className="h-10 p-1" />}
          </Field>
        </div>
        <Button type="submit" disabled={add.pending}>
          Add track
        </Button>
        <Status result={add.result} />
      </form>
    </section>
  );
}
