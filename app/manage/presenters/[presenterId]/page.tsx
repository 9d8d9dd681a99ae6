import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getPresenterForEdit } from "@/lib/presenters/queries";
import { dayInZone, formatDay, formatTimeWithZone } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PresenterForm } from "../presenter-form";
import { DeletePresenterForm } from "../delete-presenter-form";
import { PRESENTER_ROLE_LABELS } from "@/lib/agenda/labels";

type Props = { params: Promise<{ presenterId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await authorizePage("presenters.manage");
  const p = await getPresenterForEdit((await params).presenterId);
  return { title: p ? `Edit ${p.name}` : "Presenter not found" };
}

export default async function EditPresenterPage({ params, searchParams }: Props) {
  await authorizePage("presenters.manage");
  const { presenterId } = await params;
  const { created } = await searchParams;
  const presenter = await getPresenterForEdit(presenterId);
  if (!presenter) notFound();
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/manage/presenters" className="text-brand underline-offset-4 hover:underline">
          ← Presenters
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <h1 className="font-serif text-3xl font-semibold">{presenter.name}</h1>
        <Link href={`/presenters/${presenter.slug}`} className="text-sm text-brand underline underline-offset-4">
          View public page
        </Link>
      </div>
      {created ? <Alert tone="success">The presenter was added. You can attach them to sessions from the session editor.</Alert> : null}
      <PresenterForm initial={presenter} />

      <section aria-labelledby="sessions-heading" className="mt-10 max-w-2xl">
        <h2 id="sessions-heading" className="font-serif text-2xl font-semibold">
          Sessions
        </h2>
        {presenter.sessions.length ? (
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white">
            {presenter.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  <Link href={`/manage/forums/${s.forum.id}/sessions/${s.id}`} className="font-medium text-brand underline-offset-4 hover:underline">
                    {s.title}
                  </Link>
                  <span className="block text-muted">
                    {s.forum.name} · {formatDay(dayInZone(s.startsAt, s.forum.timeZone))}, {formatTimeWithZone(s.startsAt, s.forum.timeZone)}
                  </span>
                </span>
                <span className="flex gap-2">
                  <Badge>{PRESENTER_ROLE_LABELS[s.role]}</Badge>
                  {s.status !== "published" ? <Badge tone={s.status === "cancelled" ? "danger" : "warn"}>{s.status === "cancelled" ? "Cancelled" : "Draft"}</Badge> : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">Not on any session yet.</p>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 max-w-2xl rounded border border-danger/40 bg-white p-6">
        <h2 id="delete-heading" className="font-semibold text-danger">
          Delete this presenter
        </h2>
        <p className="mt-1 text-sm text-muted">
          {presenter.sessions.length
            ? `${presenter.name} is on ${presenter.sessions.length} session${presenter.sessions.length === 1 ? "" : "s"} (listed above). Deleting removes them from those sessions; the sessions themselves stay. Their photo is deleted too.`
            : `${presenter.name} is not on any session. Deleting removes their profile and photo.`}
        </p>
        <DeletePresenterForm id={presenter.id} name={presenter.name} sessionCount={presenter.sessions.length} />
      </section>
    </div>
  );
}
