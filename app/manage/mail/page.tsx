import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { getMailDeliveryHealth, listMailMessages } from "@/lib/mail/queries";
import { mailFilterSchema } from "@/lib/mail/schema";
import { MAIL_MAX_ATTEMPTS } from "@/lib/mail/jobs";
import { dayInZone, formatDay, formatTimeWithZone } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { RetryButton } from "./retry-button";

export const metadata: Metadata = { title: "Mail delivery" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = [
  { value: "all", label: "All" },
  { value: "queued", label: "Queued" },
  { value: "failed", label: "Failed" },
  { value: "sent", label: "Sent" },
] as const;

// Organisers work across zones; UTC is the neutral default, as on the audit log.
const TZ = "UTC";

function When({ at }: { at: Date }) {
  return (
    <time dateTime={at.toISOString()}>
      {formatDay(dayInZone(at, TZ))}, {formatTimeWithZone(at, TZ)}
    </time>
  );
}

export default async function MailDeliveryPage({ searchParams }: Props) {
  await authorizePage("mail.deliver", "/manage/mail");
  const filter = mailFilterSchema.parse(await searchParams);
  const [{ messages, total, pageSize }, health] = await Promise.all([listMailMessages(filter), getMailDeliveryHealth()]);
  return (
    <div>
      <h1 className="font-serif text-3xl font-semibold">Mail delivery</h1>
      <p className="mb-4 mt-1 max-w-3xl text-muted">
        Every e-mail Balai sends (registration messages, delegate invitations) is queued with the change it reports and sent
        by a background worker, which retries with growing waits for about a day ({MAIL_MAX_ATTEMPTS} attempts) while the mail
        server is unreachable or refuses. A message that still fails is marked failed here and can be sent again.
      </p>
      {health.failed > 0 ? (
        <Alert tone="error" title={`${health.failed} message${health.failed === 1 ? "" : "s"} could not be delivered`}>
          Every attempt failed. Check the error, fix the mail server settings (SMTP_URL) if needed, then retry.
        </Alert>
      ) : null}
      {health.failing > 0 ? (
        <Alert tone="warning" title={`${health.failing} message${health.failing === 1 ? " is" : "s are"} being retried`}>
          The mail server did not accept the last attempt; the queue keeps trying.
        </Alert>
      ) : null}
      <nav aria-label="Filter by status" className="mb-3 flex flex-wrap gap-2 text-sm">
        {FILTERS.map((f) => (
          <Link
            key={f.value}
            href={f.value === "all" ? "/manage/mail" : `/manage/mail?status=${f.value}`}
            aria-current={filter.status === f.value ? "page" : undefined}
            className={`rounded border px-3 py-1 ${filter.status === f.value ? "border-brand bg-brand text-white" : "border-line bg-white text-brand hover:bg-accent-light"}`}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {total === 0 ? (filter.status === "all" ? "No e-mail has been sent yet." : "No messages with this status.") : `${total} message${total === 1 ? "" : "s"}.`}
      </p>
      {messages.length ? (
        <div className="overflow-x-auto rounded border border-line bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">Queued</th>
                <th scope="col" className="px-3 py-2">Recipient</th>
                <th scope="col" className="px-3 py-2">Subject</th>
                <th scope="col" className="px-3 py-2">Status</th>
                <th scope="col" className="px-3 py-2">Attempts</th>
                <th scope="col" className="px-3 py-2">Last error</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-b border-line align-top last:border-0">
                  <td className="whitespace-nowrap px-3 py-2 text-xs">
                    <When at={m.createdAt} />
                  </td>
                  <td className="break-all px-3 py-2">{m.to}</td>
                  <td className="px-3 py-2">
                    {m.subject}
                    <span className="block font-mono text-xs text-muted">{m.kind}</span>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-xs">
                    {m.status === "sent" ? (
                      <>
                        <Badge tone="ok">Sent</Badge>
                        {m.sentAt ? (
                          <span className="mt-1 block">
                            <When at={m.sentAt} />
                          </span>
                        ) : null}
                      </>
                    ) : m.status === "failed" ? (
                      <div className="space-y-1">
                        <Badge tone="danger">Failed</Badge>
                        <RetryButton id={m.id} to={m.to} />
                      </div>
                    ) : (
                      <Badge tone={m.lastError ? "warn" : "neutral"}>{m.lastError ? "Retrying" : "Queued"}</Badge>
                    )}
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {m.attempts}
                    {m.lastAttemptAt ? (
                      <span className="block text-muted">
                        last <When at={m.lastAttemptAt} />
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xs break-words px-3 py-2 font-mono text-xs text-danger">{m.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination
        page={filter.page}
        pageSize={pageSize}
        total={total}
        basePath="/manage/mail"
        params={{ status: filter.status === "all" ? undefined : filter.status }}
        label="Mail delivery pages"
      />
    </div>
  );
}
