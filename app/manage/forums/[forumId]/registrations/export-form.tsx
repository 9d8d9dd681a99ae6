import { buttonClass } from "@/components/ui/button";

/** A plain GET form to the CSV route, so the browser downloads the file; the needs box is unticked by default. */
export function ExportForm({ action, hidden }: { action: string; hidden: Record<string, string> }) {
  return (
    <form method="get" action={action} className="rounded border border-line bg-white p-4">
      <h3 className="mb-2 font-semibold">Export to a spreadsheet</h3>
      <p className="mb-3 text-sm text-muted">
        CSV in UTF-8 that opens cleanly in Excel, with the queue&apos;s current filters. Cells that a spreadsheet would run
        as formulas are neutralised.
      </p>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="mb-3 flex items-start gap-3 text-sm">
        <input type="checkbox" name="needs" value="1" className="mt-0.5 h-5 w-5 shrink-0" />
        <span>
          Include dietary and accessibility needs <span className="rounded border border-warn px-1 text-xs text-warn">sensitive</span>
          <span className="block text-muted">Exports with needs are recorded in the audit log. Share them only with caterers and venue staff who need them.</span>
        </span>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Download CSV
      </button>
    </form>
  );
}
