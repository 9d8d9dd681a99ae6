import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listOutbox } from "@/lib/mail/outbox";
import { PageHeader } from "@/components/ui/page-header";
import { mayReadOutbox } from "./access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development outbox", robots: { index: false } };

type Props = { searchParams: Promise<{ to?: string }> };

/** Every e-mail the app would have sent, newest first, when no SMTP server is configured. */
export default async function OutboxPage({ searchParams }: Props) {
  if (!mayReadOutbox(await getCurrentUser())) notFound();
  const { to } = await searchParams;
  const messages = await listOutbox({ to: to || undefined, limit: 200 });
  return (
    <>
      <PageHeader title="Development outbox" eyebrow="E-mail">
        No SMTP server is configured, so e-mails are kept here instead of being sent. Nothing is dropped.
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-6">
        <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
          <label className="text-sm">
            <span className="block font-medium">Recipient</span>
            <input name="to" defaultValue={to ?? ""} type="email" className="mt-1 rounded border border-gray-400 px-3 py-2 text-sm" />
          </label>
          <button className="rounded bg-brand px-4 py-2 text-sm text-white" type="submit">
            Filter
          </button>
        </form>
        {messages.length === 0 ? (
          <p className="text-muted">No e-mails yet.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">E-mails, newest first</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">Sent</th>
                <th scope="col" className="p-2">To</th>
                <th scope="col" className="p-2">Subject</th>
                <th scope="col" className="p-2">Attachments</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-b border-line align-top">
                  <td className="p-2 whitespace-nowrap">{new Date(m.at).toISOString().replace("T", " ").slice(0, 19)} UTC</td>
                  <td className="p-2">{m.to}</td>
                  <td className="p-2">
                    <Link href={`/dev/mail/${m.id}`} className="text-brand underline">
                      {m.subject}
                    </Link>
                  </td>
                  <td className="p-2">{m.attachments.map((a) => a.filename).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
