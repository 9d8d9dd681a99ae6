import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { listPresentersForConsole } from "@/lib/presenters/queries";
import { presenterSearchSchema } from "@/lib/presenters/schema";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { DataTable } from "@/components/ui/table";
import { SearchForm } from "@/components/ui/search-form";

export const metadata: Metadata = { title: "Presenters" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManagePresentersPage({ searchParams }: Props) {
  await authorizePage("presenters.manage");
  const raw = await searchParams;
  const { q, page } = presenterSearchSchema.parse(raw);
  const { presenters, total, pageSize } = await listPresentersForConsole({ q, page });
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-semibold">Presenters</h1>
          <p className="mt-1 text-muted">Speakers, moderators and co-chairs. Attach them to sessions from the session editor.</p>
        </div>
        <ButtonLink href="/manage/presenters/new">Add a presenter</ButtonLink>
      </div>
      {raw.deleted ? <Alert tone="success">The presenter was deleted.</Alert> : null}
      <SearchForm id="presenter-search" label="Search by name, organisation or country" q={q} clearHref="/manage/presenters" clearLabel="Clear" className="mb-4" />
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {total === 0 ? "No presenters found." : `${total} presenter${total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}.`}
      </p>
      {presenters.length ? (
        <DataTable
          rows={presenters}
          rowKey={(p) => p.id}
          columns={[
            {
              header: <span className="sr-only">Photo</span>,
              className: "w-12",
              cell: (p) =>
                p.photoUrl ? (
                  <Image src={p.photoUrl} alt="" width={36} height={36} unoptimized className="h-9 w-9 rounded-full object-cover" />
                ) : (
                  <span aria-hidden className="flex h-9 w-9 items-center justify-center rounded-full bg-accent-light text-xs font-semibold text-accent">
                    {initials(p.name)}
                  </span>
                ),
            },
            {
              header: "Name",
              cell: (p) => (
                <>
                  <Link href={`/manage/presenters/${p.id}`} className="font-medium text-brand underline-offset-4 hover:underline">
                    {p.name}
                  </Link>
                  {p.title ? <span className="block text-xs text-muted">{p.title}</span> : null}
                </>
              ),
            },
            { header: "Organisation", cell: (p) => p.organisation || <span className="text-muted">—</span> },
            { header: "Country", cell: (p) => p.country || <span className="text-muted">—</span> },
            { header: "Sessions", align: "right", className: "tabular-nums", cell: (p) => p.sessionCount },
          ]}
        />
      ) : null}
      <Pagination page={page} pageSize={pageSize} total={total} basePath="/manage/presenters" params={{ q }} label="Presenter pages" />
    </div>
  );
}

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
}
