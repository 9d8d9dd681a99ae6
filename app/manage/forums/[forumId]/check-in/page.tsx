import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getForumForRegistrations, getRegistrationCounts, searchCheckIn } from "@/lib/registrations/queries";
import { formatTimeWithZone } from "@/lib/time";
import { Field, Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ScanDesk } from "./scan-desk";
import { CheckInButton } from "./check-in-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check-in" };

type Props = { params: Promise<{ forumId: string }>; searchParams: Promise<{ q?: string | string[] }> };

export default async function CheckInPage({ params, searchParams }: Props) {
  const user = await authorizePage("registrations.manage");
  const { forumId } = await params;
  const sp = await searchParams;
  const q = (Array.isArray(sp.q) ? sp.q[0] : sp.q)?.slice(0, 100) ?? "";
  const forum = await getForumForRegistrations(user, forumId);
  if (!forum) notFound();
  const [counts, matches] = await Promise.all([getRegistrationCounts(user, forumId), q ? searchCheckIn(user, forumId, q) : Promise.resolve([])]);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 className="font-serif text-2xl font-semibold">Check-in desk</h2>
        <p className="text-sm text-muted" aria-live="polite">
          <strong className="text-ink">{counts.checkedIn}</strong> of {counts.approved} approved participants checked in
        </p>
      </div>

      <ScanDesk forumId={forumId} timeZone={forum.timeZone} />

      <section aria-labelledby="search-heading" className="rounded border border-line bg-white p-4">
        <h3 id="search-heading" className="mb-2 font-semibold">Find by name</h3>
        <form method="get" role="search" className="flex flex-wrap items-end gap-3">
          <div className="min-w-0 flex-1">
            <Field label="Name, e-mail or organisation" name="q" hint="At least two letters. Only approved participants are listed.">
              {(p) => <Input {...p} type="search" defaultValue={q} maxLength={100} autoComplete="off" />}
            </Field>
          </div>
          <Button type="submit" className="mb-4">
            Search
          </Button>
        </form>
        {q ? (
          matches.length ? (
            <ul className="divide-y divide-line">
              {matches.map((m) => (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium">{m.fullName}</p>
                    <p className="text-sm text-muted">
                      {[m.jobTitle, m.organisation?.name].filter(Boolean).join(", ")}
                    </p>
                  </div>
                  {m.checkedInAt ? (
                    <p className="text-sm text-ok">Checked in at {formatTimeWithZone(m.checkedInAt, forum.timeZone)}</p>
                  ) : (
                    <CheckInButton forumId={forumId} registrationId={m.id} name={m.fullName} timeZone={forum.timeZone} />
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted">No approved participant matches “{q}”.</p>
          )
        ) : null}
      </section>
    </div>
  );
}
