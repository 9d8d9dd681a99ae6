"use client";

import { useState, type FormEvent } from "react";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { changeWriteUpStatusAction, deleteWriteUpAction } from "@/lib/write-ups/actions";
import { STATUS_LABELS, TRANSITIONS, stepsFrom, type WorkflowStep } from "@/lib/write-ups/schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { WriteUpStatus } from "@/lib/generated/prisma/enums";

type Props = {
  id: string;
  version: number;
  status: WriteUpStatus;
  neverPublished: boolean;
  needsClosedConfirmation: boolean;
  closedConfirmed: boolean;
};

const HELP: Record<WorkflowStep, string> = {
  submit: "Ask another organiser to review it. You can still edit it while it is in review.",
  publish: "Records you as the reviewer and makes the article public at once.",
  send_back: "Returns it to the author as a draft.",
  unpublish: "Removes it from the news, the feed and linked pages. Its history is kept.",
  to_draft: "Turns it back into a draft to rework before another review.",
};

/** The workflow buttons: each is a small form naming the step and the version it was shown at. */
export function WorkflowPanel({ id, version, status, neverPublished, needsClosedConfirmation, closedConfirmed }: Props) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const change = useAction(changeWriteUpStatusAction);
  const discard = useAction(deleteWriteUpAction);
  const pending = change.pending || discard.pending;
  const steps = stepsFrom(status);
  const details = result && !result.ok ? [...new Set(Object.values(result.fieldErrors ?? {}).flat())].filter((d) => d !== result.message) : [];

  function run(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    change.submit(fd, (r) => {
      setResult(r.ok ? { ...r, message: `Now ${STATUS_LABELS[r.data.status as WriteUpStatus].toLowerCase()}. Unsaved edits in the editor are still there; save them if you want them kept.` } : r);
      if (r.ok) router.refresh();
    });
  }

  function remove(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!window.confirm("Delete this draft for good? This cannot be undone.")) return;
    const fd = new FormData(e.currentTarget);
    discard.submit(fd, (r) => {
      setResult(r);
      if (r.ok) router.replace("/manage/write-ups?deleted=1");
    });
  }

  return (
    <section aria-labelledby="workflow-heading" className="rounded border border-line bg-white p-4">
      <h2 id="workflow-heading" className="font-semibold">
        Review and publication
      </h2>
      <p className="mt-1 text-sm">
        Status: <strong>{STATUS_LABELS[status]}</strong>
      </p>
      <div aria-live="polite" className="mt-3">
        {result && !result.ok ? (
          <Alert tone="error">
            <p>{result.message}</p>
            {details.length ? (
              <ul className="mt-1 list-disc pl-5">
                {details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {result?.ok && result.message ? <Alert tone="success">{result.message}</Alert> : null}
      </div>
      <div className="mt-3 space-y-4">
        {steps.map((s) => (
          <form key={s} onSubmit={run}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="step" value={s} />
            {s === "publish" && needsClosedConfirmation && !closedConfirmed ? (
              <label className="mb-2 flex items-start gap-2 rounded border border-danger bg-danger-light p-2 text-sm">
                <input type="checkbox" name="confirmClosed" className="mt-1" />
                <span>I confirm that this report about a delegates-only session may be published.</span>
              </label>
            ) : null}
            <Button type="submit" variant={s === "publish" ? "primary" : s === "unpublish" ? "danger" : "secondary"} disabled={pending} className="w-full">
              {TRANSITIONS[s].label}
            </Button>
            <p className="mt-1 text-xs text-muted">{HELP[s]}</p>
          </form>
        ))}
        {status === "draft" && neverPublished ? (
          <form onSubmit={remove}>
            <input type="hidden" name="id" value={id} />
            <Button type="submit" variant="ghost" disabled={pending} className="px-0 text-danger">
              Delete this draft
            </Button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
