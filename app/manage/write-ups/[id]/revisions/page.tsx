import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getRevisionPair, getWriteUpForEditor, listRevisions } from "@/lib/write-ups/queries";
import { compareRevisions, type Segment } from "@/lib/write-ups/compare";
import { compareSchema } from "@/lib/write-ups/schema";
import { dateOnly, formatDay } from "@/lib/time";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Revisions", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

function when(d: Date) {
  return `${formatDay(dateOnly(d))}, ${d.toISOString().slice(11, 16)} UTC`;
}

/** Added and removed text is marked by underline/strike-through and by hidden words for screen readers, not by colour alone. */
function Segments({ segments, list }: { segments: Segment[]; list?: boolean }) {
  const mark = (s: Segment, key: number) =>
    s.change === "added" ? (
      <ins key={key} className="bg-ok-light text-ok underline decoration-2">
        <span className="sr-only">[added: </span>
        {s.value}
        <span className="sr-only">]</span>
      </ins>
    ) : s.change === "removed" ? (
      <del key={key} className="bg-danger-light text-danger line-through">
        <span className="sr-only">[removed: </span>
        {s.value}
        <span className="sr-only">]</span>
      </del>
    ) : (
      <span key={key}>{s.value}</span>
    );
  if (list) {
    return (
      <ul className="list-none space-y-1">
        {segments.map((s, i) => (
          <li key={i}>
            <span aria-hidden className="inline-block w-4 font-mono font-bold">
              {s.change === "added" ? "+" : s.change === "removed" ? "−" : " "}
            </span>
            {mark(s, i)}
          </li>
        ))}
      </ul>
    );
  }
  return <div className="whitespace-pre-wrap break-words">{segments.map(mark)}</div>;
}

export default async function RevisionsPage({ params, searchParams }: Props) {
  const viewer = await authorizePage("write-ups.manage");
  const { id } = await params;
  const w = await getWriteUpForEditor(viewer, id);
  if (!w) notFound();
  const revisions = await listRevisions(viewer, id);
  const sp = await searchParams;
  const latest = revisions[0]?.number ?? 0;
  const parsed = compareSchema.safeParse({ from: sp.from ?? Math.max(1, latest - 1), to: sp.to ?? latest });
  const from = parsed.success ? Math.min(parsed.data.from, parsed.data.to) : 0;
  const to = parsed.success ? Math.max(parsed.data.from, parsed.data.to) : 0;
  const pair = revisions.length >= 2 && from !== to ? await getRevisionPair(viewer, id, from, to) : null;
  const comparison = pair ? compareRevisions(pair.from, pair.to) : [];
  const changed = comparison.filter((c) => c.changed);

  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/manage/write-ups" className="text-brand underline-offset-4 hover:underline">
          Write-ups
        </Link>{" "}
        ›{" "}
        <Link href={`/manage/write-ups/${w.id}`} className="text-brand underline-offset-4 hover:underline">
          {w.title}
        </Link>
      </nav>
      <h1 className="mb-2 font-serif text-3xl font-semibold">Revisions</h1>
      <p className="mb-6 text-muted">A revision is kept each time the article is published and each time a published article is saved.</p>

      {revisions.length === 0 ? (
        <p className="rounded border border-line bg-white p-6 text-muted">No revisions yet: the first is kept when the article is published.</p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <section aria-labelledby="list-heading" className="rounded border border-line bg-white p-4">
            <h2 id="list-heading" className="mb-2 font-semibold">
              All revisions
            </h2>
            <ol className="space-y-2 text-sm">
              {revisions.map((r) => (
                <li key={r.number}>
                  <strong>Revision {r.number}</strong>
                  <p className="text-muted">
                    {when(r.createdAt)} by {r.author?.name ?? r.author?.email ?? "a former organiser"}
                  </p>
                </li>
              ))}
            </ol>
            {revisions.length >= 2 ? (
              <form method="get" className="mt-4 space-y-2 border-t border-line pt-4 text-sm">
                <p className="font-medium">Compare</p>
                <label className="block">
                  Older
                  <select name="from" defaultValue={from || undefined} className="mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1">
                    {revisions.map((r) => (
                      <option key={r.number} value={r.number}>
                        Revision {r.number}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="block">
                  Newer
                  <select name="to" defaultValue={to || undefined} className="mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1">
                    {revisions.map((r) => (
                      <option key={r.number} value={r.number}>
                        Revision {r.number}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className={buttonClass("secondary", "w-full")}>
                  Compare
                </button>
              </form>
            ) : null}
          </section>

          <section aria-labelledby="diff-heading" className="min-w-0">
            <h2 id="diff-heading" className="mb-3 text-lg font-semibold">
              {pair ? `Changes from revision ${pair.from.number} to revision ${pair.to.number}` : "Comparison"}
            </h2>
            {revisions.length < 2 ? (
              <p className="text-muted">There is only one revision so far.</p>
            ) : !pair ? (
              <Alert tone="info">Choose two different revisions to compare.</Alert>
            ) : changed.length === 0 ? (
              <p className="text-muted">These revisions are the same.</p>
            ) : (
              <>
                <p className="mb-3 text-sm text-muted">
                  <ins className="bg-ok-light text-ok underline decoration-2">Underlined</ins> text was added;{" "}
                  <del className="bg-danger-light text-danger line-through">struck-through</del> text was removed.
                </p>
                <div className="space-y-4">
                  {changed.map((c) => (
                    <div key={c.field} className="rounded border border-line bg-white p-4">
                      <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{c.label}</h3>
                      <Segments segments={c.segments} list={["sessions", "presenters", "quotes", "images"].includes(c.field)} />
                    </div>
                  ))}
                  {comparison.length > changed.length ? (
                    <p className="text-sm text-muted">Unchanged: {comparison.filter((c) => !c.changed).map((c) => c.label.toLowerCase()).join(", ")}.</p>
                  ) : null}
                </div>
              </>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
