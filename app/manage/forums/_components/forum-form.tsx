"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { createForumAction, updateForumAction } from "@/lib/forums/actions";
import { FORUM_STATUSES, FORUM_STATUS_LABELS, suggestSlug } from "@/lib/forums/schema";
import { formValues, type ServerAction } from "@/lib/action-result";
import { useAction } from "@/components/ui/use-action";

export type ForumFormValues = {
  name: string;
  slug: string;
  description: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  status: string;
  capacity: string;
  organisationCap: string;
  registrationOpensOn: string;
  registrationOpensAt: string;
  registrationClosesOn: string;
  registrationClosesAt: string;
};

type Props = {
  mode: "create" | "edit";
  forumId?: string;
  version?: number;
  values: ForumFormValues;
  zones: { common: string[]; all: string[] };
  zoneLabels: Record<string, string>;
};

export function ForumForm({ mode, forumId, version, values, zones, zoneLabels }: Props) {
  const router = useRouter();
  const action = mode === "create" ? createForumAction : updateForumAction;
  const { result, pending, submit, fieldErrors } = useAction<{ id?: string }>(action as ServerAction<{ id?: string }>);
  const [slug, setSlug] = useState(values.slug);
  const [slugTouched, setSlugTouched] = useState(mode === "edit");
  const [zone, setZone] = useState(values.timeZone);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = formValues(new FormData(event.currentTarget));
    if (mode === "create") {
      submit(data, (r) => {
        if (r.ok) router.push(`/manage/forums/${(r.data as { id: string }).id}`);
      });
    } else {
      // On a stale refusal, refresh the page data (the new version) while the form keeps what was typed.
      submit({ forumId, version, forum: data }, () => router.refresh());
    }
  }

  const e = fieldErrors;
  return (
    <form onSubmit={onSubmit} noValidate className="rounded border border-line bg-white p-5 shadow-sm" aria-describedby="forum-form-status">
      <div id="forum-form-status" aria-live="polite">
        {result && !result.ok ? (
          <Alert tone={result.code === "stale" ? "warning" : "error"} title={result.code === "stale" ? "Not saved: this forum changed" : "Not saved"}>
            <p>{result.message}</p>
          </Alert>
        ) : null}
        {result?.ok && mode === "edit" ? <Alert tone="success">{result.message ?? "Saved."}</Alert> : null}
      </div>
      <div className="grid gap-x-6 md:grid-cols-2">
        <Field label="Name" name="name" required errors={e.name}>
          {(p) => (
            <Input
              {...p}
              defaultValue={values.name}
              maxLength={160}
              onChange={(ev) => {
                if (!slugTouched) setSlug(suggestSlug(ev.target.value));
              }}
            />
          )}
        </Field>
        <Field label="Web address" name="slug" required errors={e.slug} hint={`balai…/forums/${slug || "…"}. Lower-case letters, digits and hyphens.`}>
          {(p) => (
            <Input
              {...p}
              value={slug}
              maxLength={80}
              autoCapitalize="none"
              spellCheck={false}
              onChange={(ev) => {
                setSlugTouched(true);
                setSlug(ev.target.value);
              }}
            />
          )}
        </Field>
      </div>
      <Field label="Description" name="description" errors={e.description} hint="Shown on the forum's public page. Blank lines separate paragraphs.">
        {(p) => <Textarea {...p} defaultValue={values.description} rows={5} maxLength={10000} />}
      </Field>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field label="Venue" name="venue" errors={e.venue}>
          {(p) => <Input {...p} defaultValue={values.venue} maxLength={200} />}
        </Field>
        <Field label="City" name="city" errors={e.city}>
          {(p) => <Input {...p} defaultValue={values.city} maxLength={120} />}
        </Field>
        <Field label="Country" name="country" errors={e.country}>
          {(p) => <Input {...p} defaultValue={values.country} maxLength={120} />}
        </Field>
      </div>
      <fieldset id="dates" className="mb-2 grid gap-x-6 md:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-ink">Dates and local time</legend>
        <Field label="Time zone" name="timeZone" required errors={e.timeZone} hint={`${zoneLabels[zone] ? `Now ${zoneLabels[zone]}. ` : ""}${mode === "edit" ? "Changing it keeps sessions at the same moment, so their local times change." : ""}`}>
          {(p) => (
            <Select {...p} value={zone} onChange={(ev) => setZone(ev.target.value)}>
              <optgroup label="In the region">
                {zones.common.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, " ")}
                    {zoneLabels[z] ? ` (${zoneLabels[z]})` : ""}
                  </option>
                ))}
              </optgroup>
              <optgroup label="All time zones">
                {zones.all.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, " ")}
                  </option>
                ))}
              </optgroup>
            </Select>
          )}
        </Field>
        <Field label="First day" name="startsOn" required errors={e.startsOn}>
          {(p) => <Input {...p} type="date" defaultValue={values.startsOn} />}
        </Field>
        <Field label="Last day" name="endsOn" required errors={e.endsOn}>
          {(p) => <Input {...p} type="date" defaultValue={values.endsOn} />}
        </Field>
      </fieldset>
      <fieldset className="mb-2">
        <legend className="mb-2 text-sm font-semibold text-ink">Registration window, in the forum&apos;s time ({zone.replace(/_/g, " ")})</legend>
        <div className="grid gap-x-6 sm:grid-cols-2 md:grid-cols-4">
          <Field label="Opens on" name="registrationOpensOn" errors={e.registrationOpensOn}>
            {(p) => <Input {...p} type="date" defaultValue={values.registrationOpensOn} />}
          </Field>
          <Field label="Opens at" name="registrationOpensAt" errors={e.registrationOpensAt} hint="HH:mm">
            {(p) => <Input {...p} type="time" defaultValue={values.registrationOpensAt} />}
          </Field>
          <Field label="Closes on" name="registrationClosesOn" errors={e.registrationClosesOn}>
            {(p) => <Input {...p} type="date" defaultValue={values.registrationClosesOn} />}
          </Field>
          <Field label="Closes at" name="registrationClosesAt" errors={e.registrationClosesAt} hint="HH:mm">
            {(p) => <Input {...p} type="time" defaultValue={values.registrationClosesAt} />}
          </Field>
        </div>
      </fieldset>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field label="Capacity" name="capacity" errors={e.capacity} hint="Seats for approved registrations. Empty means no limit.">
          {(p) => <Input {...p} type="number" min={0} inputMode="numeric" defaultValue={values.capacity} />}
        </Field>
        <Field label="Places per organisation" name="organisationCap" errors={e.organisationCap} hint="Empty means no limit.">
          {(p) => <Input {...p} type="number" min={1} inputMode="numeric" defaultValue={values.organisationCap} />}
        </Field>
        <Field label="Status" name="status" required errors={e.status} hint="Draft forums are visible to organisers only.">
          {(p) => (
            <Select {...p} defaultValue={values.status}>
              {FORUM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {FORUM_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : mode === "create" ? "Create forum" : "Save forum details"}
      </Button>
    </form>
  );
}
