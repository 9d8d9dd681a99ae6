import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listPresenters } from "@/lib/presenters/queries";
import { presenterSearchSchema } from "@/lib/presenters/schema";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Presenters",
  description: "Speakers, moderators and co-chairs at the forums of the Bali Process.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PresentersPage({ searchParams }: Props) {
  const { q, page } = presenterSearchSchema.parse(await searchParams);
  const viewer = await getCurrentUser();
  const { presenters, total, pageSize } = await listPresenters({ viewer, q, page });
  return (
    <>
      <PageHeader eyebrow="Forums" title="Presenters">
        <p>Speakers, moderators and co-chairs from governments, international organisations and business.</p>
      </PageHeader>
      <div className="mx-auto max-w-6xl px-4 py-8">
        <SearchForm id="directory-search" label="Search by name, organisation or country" q={q} clearHref="/presenters" clearLabel="Show all" primary className="mb-6" />
        <p className="mb-4 text-sm text-muted" aria-live="polite">
          {total === 0
            ? q
              ? `No presenters match “${q}”.`
              : "No presenters have been announced yet."
            : `${total} presenter${total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}`}
        </p>
        {presenters.length ? (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {presenters.map((p) => (
              <li key={p.id} className="flex gap-4 rounded border border-line bg-white p-4 shadow-sm">
                {p.photoUrl ? (
                  <Image src={p.photoUrl} alt="" width={64} height={64} unoptimized className="h-16 w-16 shrink-0 rounded-full object-cover" />
                ) : (
                  <span aria-hidden className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-accent-light font-serif text-lg font-semibold text-accent">
                    {p.name
                      .split(/\s+/)
                      .filter(Boolean)
                      .slice(0, 2)
                      .map((w) => w[0]!.toUpperCase())
                      .join("")}
                  </span>
                )}
                <div className="min-w-0">
                  <h2 className="font-semibold">
                    <Link href={`/presenters/${p.slug}`} className="text-brand underline-offset-4 hover:underline">
                      {p.name}
                    </Link>
                  </h2>
                  {p.title ? <p className="text-sm text-ink">{p.title}</p> : null}
                  <p className="text-sm text-muted">{[p.organisation, p.country].filter(Boolean).join(" · ")}</p>
                </div>
              </li>
            ))}
          </ul>
        ) : null}
        <Pagination page={page} pageSize={pageSize} total={total} basePath="/presenters" params={{ q }} label="Presenter pages" />
      </div>
    </>
  );
}
