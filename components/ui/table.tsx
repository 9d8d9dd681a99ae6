import type { ReactNode } from "react";

export type Column<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Numbers line up on the right. */
  align?: "right";
  /** This column names the row (a `<th scope="row">`), for screen readers moving across a row. */
  rowHeader?: boolean;
  className?: string;
};

/**
 * The one table of the console: a caption for screen readers, a header row, one row per item, horizontal scroll on
 * narrow screens. Cells are whatever `cell` returns (links, badges, checkboxes).
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  empty,
  wide = false,
}: {
  caption?: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** Shown under the header when there are no rows. */
  empty?: ReactNode;
  /** Many columns: keep them readable and let the table scroll sideways on a phone rather than squeeze. */
  wide?: boolean;
}) {
  const cellClass = (c: Column<T>) => `px-3 py-2 align-top ${c.align === "right" ? "text-right" : ""} ${c.className ?? ""}`;
  return (
    <div className="overflow-x-auto rounded border border-line bg-white">
      <table className={`w-full text-left text-sm ${wide ? "min-w-[760px]" : ""}`}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cellClass(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={`border-b border-line last:border-0 ${rowClassName?.(row) ?? ""}`}>
              {columns.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" className={`${cellClass(c)} font-medium`}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={i} className={cellClass(c)}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && empty ? <p className="px-3 py-6 text-center text-muted">{empty}</p> : null}
    </div>
  );
}
