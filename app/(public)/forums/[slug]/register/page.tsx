import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegistrationForm } from "@/lib/registrations/queries";
import { SECTORS } from "@/lib/registrations/schema";
import { dayInZone, formatDay, formatDayRange, formatTimeWithZone, timeInZone } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { RegisterForm } from "./register-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const form = await getRegistrationForm(slug);
  return { title: form ? `Register: ${form.forum.name}` : "Registration" };
}

export default async function RegisterPage({ params }: Props) {
  const { slug } = await params;
  const form = await getRegistrationForm(slug);
  if (!form) notFound();
  const { forum } = form;
  const place = [forum.venue, forum.city, forum.country].filter(Boolean).join(", ");
  return (
    <>
      <PageHeader eyebrow="Registration for business participants" title={forum.name}>
        <p className="font-medium text-ink">{formatDayRange(forum.startsOn, forum.endsOn)}</p>
        {place ? <p>{place}</p> : null}
      </PageHeader>
      <div className="mx-auto max-w-3xl px-4 py-8">
        {form.state === "open" ? (
          <>
            <div className="mb-6 space-y-2 text-sm text-ink">
              <p>
                Places are limited. Every registration is reviewed by the organisers, who aim for a balance of sectors and
                countries. After you submit, we send you an e-mail to confirm your address; the organisers then decide and
                write to you.
              </p>
              {forum.registrationClosesAt ? (
                <p className="text-muted">
                  Registration closes on {formatDay(dayInZone(forum.registrationClosesAt, forum.timeZone))} at{" "}
                  {formatTimeWithZone(forum.registrationClosesAt, forum.timeZone)}.
                </p>
              ) : null}
            </div>
            <RegisterForm
              forumSlug={forum.slug}
              sectors={[...SECTORS]}
              organisations={form.organisations}
              sessions={form.sessions.map((s) => ({ id: s.id, title: s.title, time: timeInZone(s.startsAt, forum.timeZone), day: formatDay(dayInZone(s.startsAt, forum.timeZone), { year: false }) }))}
            />
          </>
        ) : (
          <Alert tone="info" title={form.state === "not_yet" ? "Registration has not opened yet" : "Registration is closed"}>
            <p>
              {form.state === "not_yet" && forum.registrationOpensAt
                ? `Registration opens at ${formatTimeWithZone(forum.registrationOpensAt, forum.timeZone)} on ${formatDay(dayInZone(forum.registrationOpensAt, forum.timeZone))}.`
                : "This forum is not taking registrations at the moment."}{" "}
              <Link href={`/forums/${forum.slug}`} className="text-brand underline">
                Back to the forum
              </Link>
            </p>
          </Alert>
        )}
      </div>
    </>
  );
}

