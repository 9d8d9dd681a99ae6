"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { ActionResult } from "@/lib/action-result";
import { cancelSessionAction, deleteSessionAction, duplicateSessionAction, reinstateSessionAction } from "@/lib/agenda/actions";

type Props = {
  forumId: string;
  sessionId: string;
  version: number;
  status: "draft" | "published" | "cancelled";
  agendaPublished: boolean;
  bookmarks: number;
  interests: number;
};

/** Duplicate, cancel or reinstate, and delete (steered towards cancelling once people may rely on the session). */
export function SessionActions({ forumId, sessionId, version, status, agendaPublished, bookmarks, interests }: Props) {
  const router = useRouter();
  const duplicate = useAction(duplicateSessionAction);
  const cancel = useAction(cancelSessionAction);
  const reinstate = useAction(reinstateSessionAction);
  const remove = useAction(deleteSessionAction);
  const pending = duplicate.pending || cancel.pending || reinstate.pending || remove.pending;
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [confirmed, setConfirmed] = useState(false);

  /** The message under the buttons is the last answer, whichever button asked. */
  function run<T>(action: { submit: (input: Record<string, unknown>, onDone: (r: ActionResult<T>) => void) => void }, input: Record<string, unknown>, then?: (r: ActionResult<T>) => void) {
    action.submit(input, (r) => {
      setResult(r as ActionResult<unknown>);
      if (then) then(r);
      else router.refresh();
    });
  }

  const relied = status !== "draft" && agendaPublished;
  return (
    <div className="flex max-w-md flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            run(duplicate, { sessionId }, (r) => {
              if (r.ok) router.push(`/manage/forums/${forumId}/sessions/${r.data.id}`);
            })
          }
        >
          Duplicate
        </Button>
        {status === "cancelled" ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(reinstate, { sessionId, version })}>
            Reinstate
          </Button>
        ) : (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              if (window.confirm("Cancel this session? It stays on the agenda marked as cancelled, so people who planned to attend find out.")) {
                run(cancel, { sessionId, version });
              }
            }}
          >
            Cancel session
          </Button>
        )}
        <Button variant="danger" disabled={pending} aria-expanded={confirmOpen} aria-controls="delete-confirm" onClick={() => setConfirmOpen((v) => !v)}>
          Delete…
        </Button>
      </div>
      {confirmOpen ? (
        <div id="delete-confirm" className="w-full rounded border border-danger bg-danger-light p-3 text-sm">
          <p className="font-semibold">Delete this session for good?</p>
          {relied ? (
            <p className="mt-1">
              It is on the published agenda
              {bookmarks || interests ? ` (${bookmarks} bookmark${bookmarks === 1 ? "" : "s"}, ${interests} registration${interests === 1 ? "" : "s"} interested)` : ""}. Cancelling
              keeps it visible as cancelled, which is usually kinder to people who planned around it.
            </p>
          ) : null}
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="h-4 w-4" />
            I understand this cannot be undone
          </label>
          <Button
            variant="danger"
            className="mt-2"
            disabled={pending || !confirmed}
            onClick={() =>
              run(remove, { sessionId, version, confirm: confirmed }, (r) => {
                if (r.ok) router.push(`/manage/forums/${forumId}/agenda`);
              })
            }
          >
            Delete session
          </Button>
        </div>
      ) : null}
      <p aria-live="polite" className={`text-sm ${result?.ok ? "text-ok" : "text-danger"}`}>
        {result ? result.message : null}
      </p>
    </div>
  );
}
