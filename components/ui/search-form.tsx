import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** A one-field GET search (`?q=`) with a way back to the unfiltered list. */
export function SearchForm(props: { id: string; label: string; q: string; clearHref: string; clearLabel: string; primary?: boolean; className?: string }) {
  return (
    <form role="search" method="get" className={`flex flex-wrap items-end gap-2 ${props.className ?? ""}`}>
      <div className="min-w-60 flex-1 sm:max-w-md">
        <label htmlFor={props.id} className="block text-sm font-medium">
          {props.label}
        </label>
        <input id={props.id} name="q" type="search" defaultValue={props.q} maxLength={100} className="mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-sm" />
      </div>
      <button type="submit" className={buttonClass(props.primary ? "primary" : "secondary")}>
        Search
      </button>
      {props.q ? (
        <Link href={props.clearHref} className={buttonClass("ghost")}>
          {props.clearLabel}
        </Link>
      ) : null}
    </form>
  );
}
