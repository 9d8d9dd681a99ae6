import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getWriteUpForEditor, listEditorOptions } from "@/lib/write-ups/queries";
import { STATUS_LABELS } from "@/lib/write-ups/schema";
import { needsClosedConfirmation } from "@/lib/write-ups/chatham";
import { formatDay, dateOnly } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { WriteUpEditor } from "../write-up-editor";
import { WorkflowPanel } from "./workflow-panel";
import { statusTone } from "../status-tone";

export const metadata: Metadata = { title: "Edit write-up", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

function person(u: { name: string | null; email: string } | null) {
  return u ? (u.name ?? u.email) : "a former organiser";
}

function when(d: Date) {
  return `${formatDay(dateOnly(d))}, ${d.toISOString().slice(11, 16)} UTC`;
}

export default async function EditWriteUpPage({ params, searchParams }: Props) {
  const viewer = await authorizePage("write-ups.manage");
  const { id } = await params;
  const { created } = await searchParams;
  const [w, options] = await Promise.all([getWriteUpForEditor(viewer, id), listEditorOptions(viewer)]);
  if (!w) notFound();
  const linked = options.forums.flatMap((f) => f.sessions).filter((s) => w.sessionIds.includes(s.id));

  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/manage/write-ups" className="text-brand underline-offset-4 hover:underline">
          Write-ups
        </Link>
      </nav>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">{w.title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <Badge tone={statusTone(w.status)}>{STATUS_LABELS[w.status]}</Badge>
            <span>/news/{w.slug}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-3 text-sm">
          <Link href={`/news/${w.slug}`} className="text-brand underline underline-offset-4">
            {w.status === "published" ? "View on the site" : "Preview on the site"}
          </Link>
          <Link href={`/manage/write-ups/${w.id}/revisions`} className="text-brand underline underline-offset-4">
            Revisions ({w._count.revisions})
          </Link>
        </div>
      </div>
      {created ? <Alert tone="success">Draft created. Rewrite it, then submit it for review.</Alert> : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          <WriteUpEditor initial={w} options={options} today={w.date} />
        </div>
        <aside className="space-y-4" aria-label="Workflow">
          <WorkflowPanel
            id={w.id}
            version={w.version}
            status={w.status}
            neverPublished={!w.publishedAt}
            needsClosedConfirmation={needsClosedConfirmation(linked)}
            closedConfirmed={!!w.closedConfirmedAt}
          />
          <section className="rounded border border-line bg-white p-4 text-sm" aria-labelledby="history-heading">
            <h2 id="history-heading" className="mb-2 font-semibold">
              History
            </h2>
            <dl className="space-y-2">
              <div>
                <dt className="text-muted">Written by</dt>
                <dd>
                  {person(w.author)}, {when(w.createdAt)}
                </dd>
              </div>
              {w.reviewedAt ? (
                <div>
                  <dt className="text-muted">Last reviewed and published by</dt>
                  <dd>
                    {person(w.reviewedBy)}, {when(w.reviewedAt)}
                  </dd>
                </div>
              ) : null}
              {w.publishedAt ? (
                <div>
                  <dt className="text-muted">First published</dt>
                  <dd>{when(w.publishedAt)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="text-muted">Last changed</dt>
                <dd>{when(w.updatedAt)}</dd>
              </div>
            </dl>
          </section>
        </aside>
      </div>
    </div>
  );
}
