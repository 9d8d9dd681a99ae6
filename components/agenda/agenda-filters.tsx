import Link from "next/link";
import { formatDay, type DateString } from "@/lib/time";
import type { AgendaFilterInput } from "@/lib/agenda/schema";
import { buttonClass } from "@/components/ui/button";
import { SESSION_KIND_LABELS } from "@/lib/agenda/labels";

type Option = { value: string; label: string };

const control = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm text-ink";

function Choice({ id, name, label, options, value, anyLabel }: { id: string; name: string; label: string; options: Option[]; value?: string; anyLabel: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Filters as a plain GET form, so they work without scripts and every filtered view has a shareable URL.
 * The options are built from the sessions the viewer may see, never from the whole forum.
 */
export function AgendaFilters({
  action,
  filters,
  days,
  tracks,
  rooms,
  presenters,
}: {
  action: string;
  filters: AgendaFilterInput;
  days: DateString[];
  tracks: { id: string; name: string }[];
  rooms: { id: string; name: string }[];
  presenters: { slug: string; name: string }[];
}) {
  const active = !!(filters.q || filters.day || filters.track || filters.room || filters.kind || filters.presenter);
  return (
    <form method="get" action={action} role="search" aria-label="Filter the agenda" className="no-print rounded border border-line bg-white p-4">
      {filters.view ? <input type="hidden" name="view" value={filters.view} /> : null}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor="agenda-q" className="block text-sm font-medium">
            Search
          </label>
          <input id="agenda-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} placeholder="Title, topic or presenter" className={control} />
        </div>
        <Choice id="agenda-day" name="day" label="Day" value={filters.day} anyLabel="All days" options={days.map((d) => ({ value: d, label: formatDay(d) }))} />
        <Choice id="agenda-track" name="track" label="Track" value={filters.track} anyLabel="All tracks" options={tracks.map((t) => ({ value: t.id, label: t.name }))} />
        <Choice id="agenda-room" name="room" label="Room" value={filters.room} anyLabel="All rooms" options={rooms.map((r) => ({ value: r.id, label: r.name }))} />
        <Choice
          id="agenda-kind"
          name="kind"
          label="Kind"
          value={filters.kind}
          anyLabel="All kinds"
          options={Object.entries(SESSION_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <div className="col-span-2">
          <Choice id="agenda-presenter" name="presenter" label="Presenter" value={filters.presenter} anyLabel="Anyone" options={presenters.map((p) => ({ value: p.slug, label: p.name }))} />
        </div>
        <div className="col-span-2 flex items-end gap-2 lg:col-span-4">
          <button type="submit" className={buttonClass("primary")}>
            Apply filters
          </button>
          {active ? (
            <Link href={filters.view ? `${action}?view=${filters.view}` : action} className={buttonClass("ghost")}>
              Clear filters
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
