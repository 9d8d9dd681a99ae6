"use client";
import { Field, Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { inviteDelegateAction } from "@/lib/invitations/actions";
import { INVITATION_TTL_DAYS, inviteDelegateSchema } from "@/lib/invitations/schema";

type Option = { id: string; name: string; kind: string; status: "member" | "observer" };

export function InviteForm({ memberStates, preselected }: { memberStates: Option[]; preselected?: string }) {
  const { formRef, formAction, pending, result, errors, value, submission } = useAction(inviteDelegateAction, { schema: inviteDelegateSchema });
  const members = memberStates.filter((m) => m.status === "member");
  const observers = memberStates.filter((m) => m.status === "observer");
  return (
    <form ref={formRef} key={submission} action={formAction} noValidate className="rounded border border-line bg-white p-6 shadow-sm">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok ? (
        <Alert tone="success" title="Invitation sent">
          The link works for {INVITATION_TTL_DAYS} days and can be used once.
        </Alert>
      ) : null}
      <div className="grid gap-x-4 md:grid-cols-2">
        <Field label="E-mail address" name="email" required errors={errors("email")}>
          {(p) => <Input {...p} type="email" defaultValue={value("email")} maxLength={254} autoComplete="off" />}
        </Field>
        <Field label="Name" name="name" errors={errors("name")} hint="Used in the greeting; the delegate can change it.">
          {(p) => <Input {...p} defaultValue={value("name")} maxLength={120} autoComplete="off" />}
        </Field>
      </div>
      <Field label="Member state or organisation" name="memberStateId" required errors={errors("memberStateId")}>
        {(p) => (
          <Select {...p} defaultValue={value("memberStateId", preselected ?? "")}>
            <option value="">Choose…</option>
            <optgroup label="Members">
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </optgroup>
            {observers.length ? (
              <optgroup label="Observers">
                {observers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Send invitation"}
      </Button>
    </form>
  );
}
