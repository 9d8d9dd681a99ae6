"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import { publishAgendaAction } from "@/lib/forums/actions";

type Props = { forumId: string; issueCount: number; draftCount: number; published: boolean; forumStatus: string };

/** Publishing with open issues needs the box ticked; the server checks the same thing. */
export function PublishForm({ forumId, issueCount, draftCount, published, forumStatus }: Props) {
  const router = useRouter();
  const { result, submit, pending } = useAction(publishAgendaAction);
  const errors = result && !result.ok ? (result.fieldErrors?.acknowledgeIssues ?? []) : [];
  if (published && draftCount === 0) {
    return <p className="text-sm text-muted">Every session is published. New sessions are published when saved unless you save them as drafts.</p>;
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        form.set("forumId", forumId);
        submit(form, () => router.refresh());
      }}
    >
      <p className="mb-2 text-sm">
        {published
          ? `${draftCount} draft session${draftCount === 1 ? " is" : "s are"} not on the published agenda yet.`
          : "The agenda is private to organisers until you publish it. Publishing makes every draft session visible to its audience."}
        {forumStatus === "draft" ? " The forum itself is still a draft, so only organisers will see it until you publish the forum." : ""}
      </p>
      {issueCount > 0 ? (
        <div className="mb-2">
          <label className="flex items-start gap-2 text-sm">
            <input name="acknowledgeIssues" type="checkbox" className="mt-0.5 h-4 w-4" aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? "ack-error" : undefined} />
            <span>
              I have reviewed the {issueCount} open issue{issueCount === 1 ? "" : "s"} and want to publish anyway
            </span>
          </label>
          {errors.length ? (
            <p id="ack-error" role="alert" className="mt-1 text-sm text-danger">
              {errors.join(" ")}
            </p>
          ) : null}
        </div>
      ) : null}
      <Button type="submit" disabled={pending}>
        {pending ? "Publishing…" : published ? `Publish ${draftCount} draft session${draftCount === 1 ? "" : "s"}` : "Publish agenda"}
      </Button>
      <p aria-live="polite" className={`mt-2 text-sm ${result?.ok ? "text-ok" : "text-danger"}`}>
        {result ? (result.ok ? `${result.message} ${result.data.sessionsPublished} session${result.data.sessionsPublished === 1 ? "" : "s"} published.` : errors.length ? "" : result.message) : null}
      </p>
    </form>
  );
}
