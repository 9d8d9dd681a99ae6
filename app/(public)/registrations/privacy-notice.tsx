import { PRIVACY_NOTICE_VERSION } from "@/lib/registrations/schema";

/** The notice registrants consent to. Changing its text means bumping PRIVACY_NOTICE_VERSION. */
export function PrivacyNotice() {
  return (
    <details className="mb-3 rounded border border-line bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand">Read the privacy notice (version {PRIVACY_NOTICE_VERSION})</summary>
      <div className="mt-2 space-y-2 text-ink">
        <p>
          The forum organisers (the Bali Process Regional Support Office and the co-chairs&apos; staff) use the details you
          give to decide on and manage your attendance, to prepare badges, catering and access, and to contact you about
          this forum. They are not shared outside the organising team or used for marketing.
        </p>
        <p>
          Dietary and accessibility needs are treated as sensitive: only organisers can see them, their exports are
          logged, and they are deleted automatically 30 days after the forum ends.
        </p>
        <p>
          With the link in your e-mails you can see, correct or download your data at any time, cancel your
          registration, and ask for your data to be erased. We record the version of this notice and when you agreed to it.
        </p>
      </div>
    </details>
  );
}
