import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listForumsForOrganiser } from "@/lib/forums/queries";
import { listAgendaIssues } from "@/lib/agenda/queries";
import { dateOnly, formatDayRange } from "@/lib/time";
import { ButtonLink } from "@/components/ui/button";
import { IssueList } from "@/components/agenda-editor/issue-list";
import { ForumStatusBadges } from "./forums/_components/status-badges";
import { authorizePage } from "@/lib/auth/page-guards";
import { getMailDeliveryHealth } from "@/lib/mail/queries";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Organiser console" };
export const dynamic = "force-dynamic";

const quickLinks = [
  { href: "/manage/forums/new", label: "Create a forum" },
  { href: "/manage/presenters", label: "Presenters directory" },
  { href: "/manage/write-ups", label: "Write-ups" },
  { href: "/manage/member-states", label: "Member states" },
  { href: "/manage/delegates", label: "Invite delegates" },
  { href: "/manage/mail", label: "Mail delivery" },
  { href: "/manage/audit", label: "Audit log" },
];

export default async function ManageDashboard() {
  await authorizePage("console.open");
  const viewer = await getCurrentUser();
  const forums = await listForumsForOrganiser(viewer);
  const today = dateOnly(new Date());
  const current = forums.filter((f) => f.status !== "archived" && f.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const [withIssues, mail] = await Promise.all([
    Promise.all(current.map(async (f) => ({ forum: f, issues: await listAgendaIssues(f.id, viewer) }))),
    getMailDeliveryHealth(),
  ]);
  const failingMail = mail.failed + mail.failing;

  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Overview</h1>
          <p className="text-muted">Upcoming forums, their agendas and what needs attention.</p>
        </div>
        <ButtonLink href="/manage/forums/new">New forum</ButtonLink>
      </div>

      {failingMail > 0 ? (
        <Alert tone={mail.failed ? "error" : "warning"} title="E-mail is not getting through">
          {mail.failed ? `${mail.failed} message${mail.failed === 1 ? "" : "s"} could not be delivered after every attempt. ` : ""}
          {mail.failing ? `${mail.failing} message${mail.failing === 1 ? " is" : "s are"} waiting to be retried after the mail server refused or could not be reached. ` : ""}
          <Link href={mail.failed ? "/manage/mail?status=failed" : "/manage/mail?status=queued"} className="font-semibold text-brand underline">
            See mail delivery
          </Link>
        </Alert>
      ) : null}

      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" className="mb-3 font-serif text-2xl font-semibold">
          Upcoming forums
        </h2>
        {withIssues.length === 0 ? (
          <p className="rounded border border-line bg-white p-4 text-muted">
            No upcoming forums. <Link href="/manage/forums/new" className="text-brand underline">Create one</Link>.
          </p>
        ) : (
          <ul className="space-y-4">
            {withIssues.map(({ forum: f, issues }) => (
              <li key={f.id} className="rounded border border-line bg-white p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div>
                    <h3 className="text-lg font-semibold">
                      <Link href={`/manage/forums/${f.id}`} className="text-brand underline underline-offset-2">
                        {f.name}
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      {formatDayRange(f.startsOn, f.endsOn)} · {[f.city, f.country].filter(Boolean).join(", ")}
                    </p>
                    <div className="mt-1">
                      <ForumStatusBadges status={f.status} agendaPublishedAt={f.agendaPublishedAt} />
                    </div>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ButtonLink href={`/manage/forums/${f.id}/agenda`} variant="secondary">
                      Agenda editor
                    </ButtonLink>
                    <ButtonLink href={`/manage/forums/${f.id}/registrations`} variant="secondary">
                      Registrations
                    </ButtonLink>
                  </div>
                </div>
                <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-5">
                  {[
                    ["Sessions", f._count.sessions],
                    ["Rooms", f._count.rooms],
                    ["Tracks", f._count.tracks],
                    ["Approved", f.registrations.approved],
                    ["Awaiting review", f.registrations.pending],
                  ].map(([k, v]) => (
                    <div key={k} className="rounded bg-paper px-3 py-2">
                      <dt className="text-xs text-muted">{k}</dt>
                      <dd className="text-lg font-semibold">{v}</dd>
                    </div>
                  ))}
                </dl>
                {issues.length ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-semibold text-warn">
                      <span aria-hidden="true">⚠ </span>
                      {issues.length} open agenda issue{issues.length === 1 ? "" : "s"}
                    </summary>
                    <div className="mt-2">
                      <IssueList issues={issues.slice(0, 5)} forumId={f.id} />
                      {issues.length > 5 ? (
                        <p className="mt-2 text-sm">
                          <Link href={`/manage/forums/${f.id}/agenda`} className="text-brand underline">
                            See all {issues.length} on the agenda page
                          </Link>
                        </p>
                      ) : null}
                    </div>
                  </details>
                ) : (
                  <p className="mt-3 text-sm text-ok">
                    <span aria-hidden="true">✓ </span>No open agenda issues.
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="quick-heading">
        <h2 id="quick-heading" className="mb-3 font-serif text-2xl font-semibold">
          Quick links
        </h2>
        <ul className="grid gap-2 sm:grid-cols-3">
          {quickLinks.map((l) => (
            <li key={l.href}>
              <Link href={l.href} className="block rounded border border-line bg-white px-3 py-2 text-brand hover:bg-accent-light">
                {l.label}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/manage/forums" className="block rounded border border-line bg-white px-3 py-2 text-brand hover:bg-accent-light">
              All forums, past and archived
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
