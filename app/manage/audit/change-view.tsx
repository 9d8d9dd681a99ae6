import { diffWords } from "diff";
import { summariseChange, type ChangeRow } from "./change-summary";

function Empty() {
  return <span className="italic text-muted">empty</span>;
}

/** Long text changes are shown as one word-level diff; deletions struck through, insertions underlined. */
function LongDiff({ row }: { row: ChangeRow }) {
  const parts = diffWords(row.before ?? "", row.after ?? "");
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-ok-light text-ok underline decoration-2">
            <span className="sr-only">[added: </span>
            {p.value}
            <span className="sr-only">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-danger-light text-danger">
            <span className="sr-only">[removed: </span>
            {p.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}

export function ChangeView({ data }: { data: unknown }) {
  const { kind, rows, details } = summariseChange(data);
  if (!rows.length && !details.length) return <span className="text-muted">No details recorded.</span>;
  return (
    <div className="space-y-2">
      {rows.length ? (
        <table className="w-full text-xs">
          <caption className="sr-only">{kind === "create" ? "Values set" : kind === "delete" ? "Values removed" : "Fields changed"}</caption>
          <thead className="text-muted">
            <tr>
              <th scope="col" className="pr-2 text-left font-medium">Field</th>
              {kind !== "create" ? <th scope="col" className="pr-2 text-left font-medium">{kind === "delete" ? "Was" : "Before"}</th> : null}
              {kind !== "delete" ? <th scope="col" className="text-left font-medium">{kind === "create" ? "Set to" : "After"}</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i} className="align-top">
                <th scope="row" className="pr-2 text-left font-medium">{r.field}</th>
                {r.long && kind === "update" ? (
                  <td colSpan={2}>
                    <LongDiff row={r} />
                  </td>
                ) : (
                  <>
                    {kind !== "create" ? <td className="max-w-xs break-words pr-2">{r.before === null ? <Empty /> : <span className={kind === "update" ? "text-danger line-through decoration-1" : ""}>{truncate(r.before)}</span>}</td> : null}
                    {kind !== "delete" ? <td className="max-w-xs break-words">{r.after === null ? <Empty /> : truncate(r.after)}</td> : null}
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {details.length ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
          {details.map((d) => (
            <div key={d.key} className="contents">
              <dt className="text-muted">{d.key}</dt>
              <dd className="break-words">{truncate(d.value, 300)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}

function truncate(s: string, max = 200) {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}
