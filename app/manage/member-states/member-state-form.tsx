"use client";
import { useRouter } from "next/navigation";
import { Field, Input, Select } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { createMemberStateAction, updateMemberStateAction } from "@/lib/member-states/actions";
import { KIND_LABELS, memberStateSchema, STATUS_LABELS } from "@/lib/member-states/schema";

type Initial = { id: string; name: string; isoCode: string | null; kind: string; status: string };

export function MemberStateForm({ initial }: { initial?: Initial }) {
  const router = useRouter();
  const editing = !!initial;
  const { formRef, formAction, pending, result, errors, value, submission } = useAction(
    editing ? updateMemberStateAction : createMemberStateAction,
    {
      schema: memberStateSchema,
      onSuccess: () => {
        if (!editing) router.push("/manage/member-states?added=1");
      },
    },
  );
  return (
    <form ref={formRef} key={submission} action={formAction} noValidate className="max-w-xl rounded border border-line bg-white p-6 shadow-sm">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok && editing ? <Alert tone="success">{result.message}</Alert> : null}
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field label="Name" name="name" required errors={errors("name")} hint="As publicly listed, for example “Lao PDR” or “France (New Caledonia)”.">
        {(p) => <Input {...p} defaultValue={value("name", initial?.name)} maxLength={120} autoComplete="off" />}
      </Field>
      <Field label="ISO code" name="isoCode" errors={errors("isoCode")} hint="ISO 3166-1 alpha-3, three letters (IDN for Indonesia). Leave empty for organisations.">
        {(p) => <Input {...p} defaultValue={value("isoCode", initial?.isoCode ?? "")} maxLength={3} autoComplete="off" className="uppercase sm:max-w-32" />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Kind" name="kind" required errors={errors("kind")}>
          {(p) => (
            <Select {...p} defaultValue={value("kind", initial?.kind ?? "state")}>
              {Object.entries(KIND_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Status" name="status" required errors={errors("status")}>
          {(p) => (
            <Select {...p} defaultValue={value("status", initial?.status ?? "member")}>
              {Object.entries(STATUS_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save changes" : "Add to the list"}
      </Button>
    </form>
  );
}
