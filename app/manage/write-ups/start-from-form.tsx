"use client";

import { type FormEvent } from "react";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { createWriteUpFromSourceAction } from "@/lib/write-ups/actions";
import { Field, Select } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export type StartFromForum = {
  id: string;
  name: string;
  sessions: { id: string; label: string }[];
};

/** Pick a forum or one of its sessions; the server drafts an article from it and the editor opens. */
export function StartFromForm({ forums, preset }: { forums: StartFromForum[]; preset?: string }) {
  const router = useRouter();
  const { result, submit, pending } = useAction(createWriteUpFromSourceAction);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    submit(fd, (r) => {
      if (r.ok) router.push(`/manage/write-ups/${r.data.id}?created=1`);
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      <Field
        label="Start from"
        name="source"
        required
        errors={result && !result.ok ? result.fieldErrors?.source : undefined}
        hint="The draft is filled in with the title, date, room, speakers and abstract, for you to rewrite."
      >
        {(p) => (
          <Select {...p} defaultValue={preset ?? ""}>
            <option value="" disabled>
              Choose a forum or a session…
            </option>
            {forums.map((f) => (
              <optgroup key={f.id} label={f.name}>
                <option value={`forum:${f.id}`}>The whole forum: {f.name}</option>
                {f.sessions.map((s) => (
                  <option key={s.id} value={`session:${s.id}`}>
                    {s.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating draft…" : "Create draft from this"}
      </Button>
    </form>
  );
}
