import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { countWriteUpsByStatus, listEditorOptions, listWriteUpsForConsole } from "@/lib/write-ups/queries";
import { STATUS_LABELS, TAG_LABELS } from "@/lib/write-ups/schema";
import { formatDay } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import type { WriteUpStatus } from "@/lib/generated/prisma/enums";
import { StartFromForm } from "./start-from-form";
import { startFromForums } from "./start-from-options";
import { statusTone } from "./status-tone";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Write-ups" };
export const dynamic = "force-dynamic";

const STATUSES: WriteUpStatus[] = ["draft", "in_review", "published", "unpublished"];

type Props = { searchParams: Promise<{ status?: string; deleted?: string }> };

export default async function WriteUpsConsolePage({ searchParams }: Props) {
  const viewer = await authorizePage("write-ups.manage");
  const sp = await searchParams;
  const status = STATUSES.includes(sp.status as WriteUpStatus) ? (sp.status as WriteUpStatus) : null;
  const [rows, counts, options] = await Promise.all([
    listWriteUpsForConsole(viewer, { status }),
    countWriteUpsByStatus(viewer),
    listEditorOptions(viewer),
  ]);

  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Write-ups</h1>
          <p className="mt-1 text-muted">Post-event news: drafted, reviewed by a second organiser, then published to the news pages and feed.</p>
        </div>
        <ButtonLink href="/manage/write-ups/new">New write-up</ButtonLink>
      </div>
      {sp.deleted ? <Alert tone="success">The draft was deleted.</Alert> : null}

      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <section aria-labelledby="list-heading" className="min-w-0">
          <h2 id="list-heading" className="sr-only">
            All write-ups
          </h2>
          <nav aria-label="Filter by status" className="mb-4">
            <ul className="flex flex-wrap gap-2 text-sm">
              <li>
                <Link
                  href="/manage/write-ups"
                  aria-current={!status ? "page" : undefined}
                  className={`inline-block rounded border px-3 py-1 ${!status ? "border-brand bg-brand text-white" : "border-line bg-white text-brand"}`}
                >
                  All ({Object.values(counts).reduce((a, b) => a + b, 0)})
                </Link>
              </li>
              {STATUSES.map((s) => (
                <li key={s}>
                  <Link
                    href={`/manage/write-ups?status=${s}`}
                    aria-current={status === s ? "page" : undefined}
                    className={`inline-block rounded border px-3 py-1 ${status === s ? "border-brand bg-brand text-white" : "border-line bg-white text-brand"}`}
                  >
                    {STATUS_LABELS[s]} ({counts[s]})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {rows.length ? (
            <DataTable
              rows={rows}
              rowKey={(w) => w.id}
              columns={[
                {
                  header: "Title",
                  cell: (w) => (
                    <>
                      <Link href={`/manage/write-ups/${w.id}`} className="font-medium text-brand underline-offset-4 hover:underline">
                        {w.title}
                      </Link>
                      <p className="text-xs text-muted">
                        {TAG_LABELS[w.tag]} · by {w.author?.name ?? w.author?.email ?? "a former organiser"}
                        {w.reviewedBy ? ` · reviewed by ${w.reviewedBy.name ?? w.reviewedBy.email}` : ""}
                      </p>
                    </>
                  ),
                },
                { header: "Status", cell: (w) => <Badge tone={statusTone(w.status)}>{STATUS_LABELS[w.status]}</Badge> },
                { header: "Date", className: "whitespace-nowrap", cell: (w) => formatDay(w.date, { weekday: false }) },
                { header: "Forum", cell: (w) => w.forum?.name ?? "—" },
                {
                  header: "Revisions",
                  cell: (w) =>
                    w._count.revisions ? (
                      <Link href={`/manage/write-ups/${w.id}/revisions`} className="text-brand underline-offset-4 hover:underline">
                        {w._count.revisions}
                      </Link>
                    ) : (
                      "0"
                    ),
                },
              ]}
            />
          ) : (
            <p className="rounded border border-line bg-white p-6 text-muted">
              {status ? `No write-ups are ${STATUS_LABELS[status].toLowerCase()}.` : "No write-ups yet. Start one from a forum or session."}
            </p>
          )}
        </section>
        <aside aria-labelledby="start-heading" className="self-start rounded border border-line bg-white p-4">
          <h2 id="start-heading" className="mb-3 font-semibold">
            Start from a forum or session
          </h2>
          <StartFromForm forums={startFromForums(options)} />
        </aside>
      </div>
    </div>
  );
}
