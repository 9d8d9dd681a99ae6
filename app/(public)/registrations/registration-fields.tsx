import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Badge } from "@/components/ui/badge";
import { LIMITS } from "@/lib/registrations/schema";

export type FieldErrors = Record<string, string[] | undefined>;
export type SessionOption = { id: string; title: string; day: string; time: string };
export type RegistrationDefaults = Partial<{
  fullName: string;
  email: string;
  jobTitle: string;
  organisationName: string;
  sector: string;
  country: string;
  phone: string;
  dietaryNeeds: string;
  accessibilityNeeds: string;
  note: string;
  sessionIds: string[];
}>;

/**
 * The registrant's details, shared by the registration form and the manage page so that both ask the same
 * questions with the same limits. The e-mail is asked only at registration: it identifies the registration.
 */
export function RegistrationFields({
  errors,
  defaults = {},
  sectors,
  organisations,
  sessions,
  askEmail,
  lockOrganisation,
}: {
  errors: FieldErrors;
  defaults?: RegistrationDefaults;
  sectors: string[];
  organisations: string[];
  sessions: SessionOption[];
  askEmail: boolean;
  lockOrganisation?: boolean;
}) {
  return (
    <>
      <fieldset className="mb-6">
        <legend className="mb-3 font-serif text-xl font-semibold">About you</legend>
        <div className="grid gap-x-4 md:grid-cols-2">
          <Field label="Full name" name="fullName" required errors={errors.fullName} hint={lockOrganisation ? "Fixed once your place is confirmed: the seat is for you. Contact the organisers to change it." : undefined}>
            {(p) => <Input {...p} autoComplete="name" maxLength={LIMITS.fullName} defaultValue={defaults.fullName} readOnly={lockOrganisation} className={lockOrganisation ? "bg-gray-100" : ""} />}
          </Field>
          {askEmail ? (
            <Field label="E-mail" name="email" required errors={errors.email} hint="We send the confirmation link here.">
              {(p) => <Input {...p} type="email" inputMode="email" autoComplete="email" maxLength={LIMITS.email} defaultValue={defaults.email} />}
            </Field>
          ) : null}
          <Field label="Job title" name="jobTitle" required errors={errors.jobTitle}>
            {(p) => <Input {...p} autoComplete="organization-title" maxLength={LIMITS.jobTitle} defaultValue={defaults.jobTitle} readOnly={lockOrganisation} className={lockOrganisation ? "bg-gray-100" : ""} />}
          </Field>
          <Field label="Phone" name="phone" errors={errors.phone} hint="With country code, e.g. +62 361 123 456.">
            {(p) => <Input {...p} type="tel" inputMode="tel" autoComplete="tel" maxLength={LIMITS.phone} defaultValue={defaults.phone} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-3 font-serif text-xl font-semibold">Your organisation</legend>
        <div className="grid gap-x-4 md:grid-cols-2">
          <Field
            label="Organisation"
            name="organisationName"
            required
            errors={errors.organisationName}
            hint={lockOrganisation ? "Fixed while your seat is confirmed." : "Start typing to pick an organisation already registered, or enter a new one."}
          >
            {(p) => (
              <>
                <Input
                  {...p}
                  list="organisation-options"
                  autoComplete="organization"
                  maxLength={LIMITS.organisationName}
                  defaultValue={defaults.organisationName}
                  readOnly={lockOrganisation}
                  className={lockOrganisation ? "bg-gray-100" : ""}
                />
                <datalist id="organisation-options">
                  {organisations.map((o) => (
                    <option key={o} value={o} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <Field label="Sector" name="sector" required errors={errors.sector}>
            {(p) => (
              <Select {...p} defaultValue={defaults.sector ?? ""}>
                <option value="" disabled>
                  Choose a sector
                </option>
                {sectors.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Country" name="country" required errors={errors.country} hint={lockOrganisation ? "Where you are based (fixed once your place is confirmed)." : "Where you are based."}>
            {(p) => <Input {...p} autoComplete="country-name" maxLength={LIMITS.country} defaultValue={defaults.country} readOnly={lockOrganisation} className={lockOrganisation ? "bg-gray-100" : ""} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="mb-6 rounded border border-warn bg-warn-light/40 p-4">
        <legend className="px-1 font-serif text-xl font-semibold">
          Dietary and accessibility needs <Badge tone="warn">Sensitive</Badge>
        </legend>
        <p className="mb-3 text-sm text-ink">
          Optional. These can reveal health or religious information, so only the organisers see them. They are deleted
          automatically 30 days after the forum ends.
        </p>
        <Field label="Dietary needs" name="dietaryNeeds" errors={errors.dietaryNeeds} hint="For example: vegetarian, halal, nut allergy.">
          {(p) => <Textarea {...p} rows={2} maxLength={LIMITS.needs} defaultValue={defaults.dietaryNeeds} />}
        </Field>
        <Field label="Accessibility needs" name="accessibilityNeeds" errors={errors.accessibilityNeeds} hint="For example: step-free access, sign language, seating.">
          {(p) => <Textarea {...p} rows={2} maxLength={LIMITS.needs} defaultValue={defaults.accessibilityNeeds} />}
        </Field>
      </fieldset>

      {sessions.length ? (
        <fieldset className="mb-6" aria-describedby="interests-hint">
          <legend className="font-serif text-xl font-semibold">
            Sessions of interest <span className="text-sm font-normal text-muted">(optional)</span>
          </legend>
          <p id="interests-hint" className="mb-2 text-sm text-muted">
            Helps the organisers plan rooms. It does not reserve a seat.
          </p>
          <ul className="max-h-72 space-y-1 overflow-y-auto rounded border border-line bg-white p-3">
            {sessions.map((s) => (
              <li key={s.id}>
                <label className="flex min-h-11 items-start gap-3 py-1 text-sm">
                  <input
                    type="checkbox"
                    name="sessionIds"
                    value={s.id}
                    defaultChecked={defaults.sessionIds?.includes(s.id)}
                    className="mt-0.5 h-5 w-5 shrink-0"
                  />
                  <span>
                    <span className="text-muted">
                      {s.day}, {s.time}
                    </span>{" "}
                    {s.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {errors.sessionIds ? (
            <p className="mt-1 text-sm text-danger" role="alert">
              {errors.sessionIds.join(" ")}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <Field label="Note to the organisers" name="note" errors={errors.note} hint="Anything the organisers should know when reviewing your registration.">
        {(p) => <Textarea {...p} rows={3} maxLength={LIMITS.note} defaultValue={defaults.note} />}
      </Field>
    </>
  );
}
