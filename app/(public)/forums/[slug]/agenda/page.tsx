import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getAgendaForum, listAgendaSessions, listBookmarkedSessionIds, searchAgendaSessionIds } from "@/lib/agenda/queries";
import { getDisplayZone } from "@/lib/agenda/viewer-zone";
import { parseAgendaFilters } from "@/lib/agenda/schema";
import { filterSessions, groupByDay, presentersOf } from "@/lib/agenda/schedule";
import { formatDayRange, zoneLabel, zonedToUtc, zoneLabelOn } from "@/lib/time";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { AgendaList } from "@/components/agenda/agenda-list";
import { AgendaGrid } from "@/components/agenda/agenda-grid";
import { AgendaFilters } from "@/components/agenda/agenda-filters";
import { ZoneSwitch } from "@/components/agenda/zone-switch";
import { PrintButton } from "@/components/agenda/print-button";
import { PrintPageStyle } from "@/components/agenda/print-page-style";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const forum = await getAgendaForum(slug, await getCurrentUser());
  return forum ? { title: `Agenda: ${forum.name}` } : { title: "Agenda not found" };
}

export default async function AgendaPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const viewer = await getCurrentUser();
  const forum = await getAgendaForum(slug, viewer);
  if (!forum) notFound();
  const filters = parseAgendaFilters(await searchParams);
  const display = await getDisplayZone(forum.timeZone);
  const zone = display.zone;

  const all = await listAgendaSessions({ forumId: forum.id, viewer });
  const matches = filters.q ? await searchAgendaSessionIds({ forumId: forum.id, viewer, q: filters.q }) : null;
  const shown = filterSessions(matches ? all.filter((s) => matches.has(s.id)) : all, filters, zone);
  const days = groupByDay(shown, zone);
  const bookmarked = await listBookmarkedSessionIds({ viewer, forumId: forum.id });

  const base = `/forums/${forum.slug}/agenda`;
  const query = (view: "list" | "grid") => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, view })) if (v) p.set(k, String(v));
    return `${base}?${p}`;
  };
  const forumLabel = zoneLabelOn(forum.startsOn, forum.timeZone);
  const shownLabel = zoneLabel(days[0]?.sessions[0]?.startsAt ?? zonedToUtc(forum.startsOn, "12:00", forum.timeZone), zone);
  const filtered = shown.length !== all.length;
  // With no explicit choice, phones get the list and wide screens the grid; print always gets the list.
  const listClass = filters.view === "grid" ? "hidden print:block" : filters.view === "list" ? "" : "md:hidden print:block";
  const gridClass = filters.view === "grid" ? "print:hidden" : filters.view === "list" ? "hidden" : "hidden md:block print:hidden";

  return (
    <>
      <PrintPageStyle />
      <PageHeader
        eyebrow={<Link href={`/forums/${forum.slug}`} className="hover:underline">{forum.name}</Link>}
        title="Agenda"
        actions={
          <>
            <PrintButton />
            <a href={`/api/forums/${forum.slug}/agenda-pdf`} className={buttonClass("secondary")}>
              Download PDF
            </a>
            <a href={`/api/calendar/forums/${forum.slug}`} className={buttonClass("secondary")}>
              Subscribe (public sessions)
            </a>
            <ButtonLink href={`/forums/${forum.slug}/agenda/changes`} variant="secondary">
              Changes
            </ButtonLink>
            {viewer ? (
              <ButtonLink href="/my-agenda" variant="secondary">
                My agenda
              </ButtonLink>
            ) : null}
          </>
        }
      >
        <p className="font-medium text-ink">{formatDayRange(forum.startsOn, forum.endsOn)}</p>
        <p>{[forum.venue, forum.city, forum.country].filter(Boolean).join(", ")}</p>
      </PageHeader>

      <div className="mx-auto max-w-6xl space-y-5 px-4 py-6">
        {forum.draftPreview ? (
          <Alert tone="warning" title="Draft preview">
            This agenda is not published. Only organisers can see this page; drafts and every session are shown.
          </Alert>
        ) : null}

        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm">
            Times are shown in <strong>{zone.replace(/_/g, " ")}</strong> ({shownLabel})
            {display.mode === "local" ? <span>, your own time. Days are cut at your midnight.</span> : <span>, the forum&apos;s local time.</span>}
          </p>
          {display.sameAsForum ? null : <ZoneSwitch mode={display.mode} forumZoneLabel={forumLabel} knownViewerZone={display.viewerZone} />}
        </div>

        <AgendaFilters
          action={base}
          filters={filters}
          days={groupByDay(all, zone).map((d) => d.day)}
          tracks={forum.tracks}
          rooms={forum.rooms}
          presenters={presentersOf(all)}
        />

        <div className="no-print flex flex-wrap items-center justify-between gap-3">
          <p role="status" className="text-sm text-muted">
            {filtered ? `${shown.length} of ${all.length} sessions match.` : `${all.length} sessions.`}
          </p>
          <nav aria-label="Agenda view" className="flex gap-1">
            <Link href={query("list")} aria-current={filters.view === "list" ? "page" : undefined} className={buttonClass(filters.view === "list" ? "primary" : "secondary", "py-1.5")}>
              List
            </Link>
            <Link href={query("grid")} aria-current={filters.view === "grid" ? "page" : undefined} className={buttonClass(filters.view === "grid" ? "primary" : "secondary", "py-1.5")}>
              Room grid
            </Link>
          </nav>
        </div>

        {days.length === 0 ? (
          <p className="rounded border border-line bg-white p-6 text-center text-muted">
            {filtered ? "No sessions match these filters." : "No sessions have been published yet."}
          </p>
        ) : (
          <>
            <div className={listClass}>
              <AgendaList days={days} zone={zone} forumSlug={forum.slug} bookmarked={bookmarked} signedIn={!!viewer} draftPreview={forum.draftPreview} />
            </div>
            {/* The list also serves print, so it is always rendered; the grid only when it may be shown. */}
            {filters.view === "list" ? null : (
              <div className={gridClass}>
                <AgendaGrid days={days} rooms={forum.rooms} zone={zone} forumSlug={forum.slug} draftPreview={forum.draftPreview} />
              </div>
            )}
          </>
        )}
      </div>
    </>
  );
}
