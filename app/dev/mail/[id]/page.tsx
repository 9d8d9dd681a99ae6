import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listOutbox } from "@/lib/mail/outbox";
import { PageHeader } from "@/components/ui/page-header";
import { mayReadOutbox } from "../access";

export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!mayReadOutbox(await getCurrentUser())) notFound();
  const { id } = await params;
  const message = (await listOutbox()).find((m) => m.id === id);
  if (!message) notFound();
  // Links in the plain-text body become clickable so a developer can follow confirmation links.
  const parts = message.text.split(/(https?:\/\/[^\s)>\]]+)/g);
  return (
    <>
      <PageHeader title={message.subject} eyebrow="Development outbox">
        To {message.to} · {new Date(message.at).toISOString().replace("T", " ").slice(0, 19)} UTC
      </PageHeader>
      <div className="mx-auto max-w-3xl px-4 py-6">
        <pre className="whitespace-pre-wrap rounded border border-line bg-white p-4 font-sans text-sm">
          {parts.map((part, i) =>
            /^https?:\/\//.test(part) ? (
              <a key={i} href={part} className="text-brand underline">
                {part}
              </a>
            ) : (
              part
            ),
          )}
        </pre>
        {message.attachments.length ? (
          <p className="mt-3 text-sm text-muted">Attachments: {message.attachments.map((a) => a.filename).join(", ")}</p>
        ) : null}
        <p className="mt-4 flex gap-4 text-sm">
          <Link href="/dev/mail" className="text-brand underline">
            Back to the outbox
          </Link>
          <a href={`/dev/mail/${message.id}/raw`} className="text-brand underline">
            Download the .eml (with attachments)
          </a>
        </p>
      </div>
    </>
  );
}
