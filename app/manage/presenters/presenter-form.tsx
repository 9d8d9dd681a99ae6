"use client";
import Image from "next/image";
import { useRouter } from "next/navigation";
import { Field, Input, Textarea } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/ui/use-action";
import { createPresenterAction, updatePresenterAction } from "@/lib/presenters/actions";
import { PRESENTER_LIMITS, presenterSchema } from "@/lib/presenters/schema";

type Initial = { id: string; name: string; title: string; organisation: string; country: string; bio: string; photoUrl: string | null };

export function PresenterForm({ initial }: { initial?: Initial }) {
  const router = useRouter();
  const editing = !!initial;
  const { formRef, formAction, pending, result, errors, value, submission } = useAction(
    editing ? updatePresenterAction : createPresenterAction,
    {
      schema: presenterSchema,
      onSuccess: (data) => {
        if (!editing) router.push(`/manage/presenters/${data.id}?created=1`);
      },
    },
  );
  return (
    <form ref={formRef} action={formAction} key={submission} noValidate className="max-w-2xl rounded border border-line bg-white p-6 shadow-sm">
      {result && !result.ok ? <Alert tone="error">{result.message}</Alert> : null}
      {result?.ok && editing ? <Alert tone="success">{result.message}</Alert> : null}
      {initial ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field label="Name" name="name" required errors={errors("name")}>
        {(p) => <Input {...p} defaultValue={value("name", initial?.name)} maxLength={PRESENTER_LIMITS.name} autoComplete="off" />}
      </Field>
      <Field label="Title or position" name="title" errors={errors("title")} hint="For example: Programme Manager, Transnational Crime and Technology">
        {(p) => <Input {...p} defaultValue={value("title", initial?.title)} maxLength={PRESENTER_LIMITS.title} />}
      </Field>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label="Organisation" name="organisation" errors={errors("organisation")}>
          {(p) => <Input {...p} defaultValue={value("organisation", initial?.organisation)} maxLength={PRESENTER_LIMITS.organisation} />}
        </Field>
        <Field label="Country" name="country" errors={errors("country")}>
          {(p) => <Input {...p} defaultValue={value("country", initial?.country)} maxLength={PRESENTER_LIMITS.country} />}
        </Field>
      </div>
      <Field label="Biography" name="bio" errors={errors("bio")} hint={`Plain text, up to ${PRESENTER_LIMITS.bio} characters. Line breaks are kept.`}>
        {(p) => <Textarea {...p} rows={7} defaultValue={value("bio", initial?.bio)} maxLength={PRESENTER_LIMITS.bio} />}
      </Field>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-ink">Photo</legend>
        {initial?.photoUrl ? (
          <div className="mt-2 flex items-center gap-4">
            <Image src={initial.photoUrl} alt={`Current photo of ${initial.name}`} width={72} height={72} unoptimized className="h-18 w-18 rounded object-cover" />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removePhoto" defaultChecked={value("removePhoto") === "on"} className="h-4 w-4" />
              Remove the current photo
            </label>
          </div>
        ) : null}
        <Field
          label={initial?.photoUrl ? "Replace with a new photo" : "Upload a photo"}
          name="photo"
          errors={errors("photo")}
          hint="JPEG, PNG or WebP, up to 5 MB. The type is checked from the file itself. A square head-and-shoulders photo works best."
        >
          {(p) => <Input {...p} type="file" accept="image/jpeg,image/png,image/webp" className="file:mr-3 file:rounded file:border-0 file:bg-accent-light file:px-3 file:py-1" />}
        </Field>
        {result && !result.ok && !errors("photo") ? <p className="-mt-2 text-xs text-muted">If you had chosen a photo, choose it again.</p> : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : editing ? "Save changes" : "Add presenter"}
      </Button>
    </form>
  );
}
