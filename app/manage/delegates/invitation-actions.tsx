"use client";
import { useAction } from "@/components/ui/use-action";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/invitations/actions";

const small = "rounded border px-2 py-1 text-xs font-medium disabled:opacity-60";

/** Resend and revoke for one invitation row, each reporting its outcome beside the buttons. */
export function InvitationActions({ id, email, canResend, canRevoke }: { id: string; email: string; canResend: boolean; canRevoke: boolean }) {
  const resend = useAction(resendInvitationAction);
  const revoke = useAction(revokeInvitationAction);
  const last = [resend.result, revoke.result].filter(Boolean).at(-1);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {canResend ? (
        <form action={resend.formAction}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={resend.pending} className={`${small} border-brand bg-white text-brand hover:bg-accent-light`}>
            {resend.pending ? "Sending…" : "Resend"}
            <span className="sr-only"> invitation to {email}</span>
          </button>
        </form>
      ) : null}
      {canRevoke ? (
        <form
          action={revoke.formAction}
          onSubmit={(e) => {
            if (!window.confirm(`Revoke the invitation to ${email}? The link will stop working.`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={id} />
          <button type="submit" disabled={revoke.pending} className={`${small} border-danger bg-white text-danger hover:bg-danger-light`}>
            {revoke.pending ? "Revoking…" : "Revoke"}
            <span className="sr-only"> invitation to {email}</span>
          </button>
        </form>
      ) : null}
      <span role="status" className="text-xs">
        {last ? <span className={last.ok ? "text-ok" : "text-danger"}>{last.message}</span> : null}
      </span>
    </div>
  );
}
