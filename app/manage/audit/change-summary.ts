/**
 * Turns an audit event's `data` into rows a person can read. Areas record changes in a few shapes:
 * `{ before, after }` snapshots, `{ changes: [{ field, label, from, to }] }` lists and `{ from, to }` pairs;
 * anything else is shown as labelled details.
 */
export type ChangeRow = { field: string; before: string | null; after: string | null; long: boolean };
export type ChangeSummary = { kind: "update" | "create" | "delete" | "none"; rows: ChangeRow[]; details: { key: string; value: string }[] };

const HIDDEN = new Set(["id", "passwordHash", "tokenHash", "bytes"]);
const LONG = 80;

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/** A value as text; null for "nothing" (null, undefined or empty). */
export function formatValue(v: unknown): string | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "boolean") return v ? "Yes" : "No";
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x !== "object" || x === null)) return v.map(String).join(", ");
  return JSON.stringify(v);
}

/** "organisationCap" -> "Organisation cap", "member_state" -> "Member state". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

function row(field: string, before: unknown, after: unknown): ChangeRow {
  const b = formatValue(before);
  const a = formatValue(after);
  return { field, before: b, after: a, long: (b?.length ?? 0) > LONG || (a?.length ?? 0) > LONG };
}

export function summariseChange(data: unknown): ChangeSummary {
  if (!isRecord(data)) return { kind: "none", rows: [], details: [] };
  const used = new Set<string>();
  let rows: ChangeRow[] = [];
  let kind: ChangeSummary["kind"] = "none";

  if (Array.isArray(data.changes)) {
    used.add("changes");
    kind = "update";
    rows = data.changes.filter(isRecord).map((c) => row(String(c.label ?? c.field ?? "change"), c.from, c.to));
  }
  if ("before" in data || "after" in data) {
    used.add("before").add("after");
    const before = isRecord(data.before) ? data.before : null;
    const after = isRecord(data.after) ? data.after : null;
    if (before && after) {
      kind = "update";
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (HIDDEN.has(key)) continue;
        if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
        rows.push(row(humanise(key), before[key], after[key]));
      }
    } else if (after) {
      kind = rows.length ? kind : "create";
      for (const [key, v] of Object.entries(after)) if (!HIDDEN.has(key) && formatValue(v) !== null) rows.push(row(humanise(key), null, v));
    } else if (before) {
      kind = rows.length ? kind : "delete";
      for (const [key, v] of Object.entries(before)) if (!HIDDEN.has(key) && formatValue(v) !== null) rows.push(row(humanise(key), v, null));
    }
  }
  if (!rows.length && "from" in data && "to" in data) {
    used.add("from").add("to");
    kind = "update";
    rows = [row("Status", data.from, data.to)];
  }

  const details = Object.entries(data)
    .filter(([key]) => !used.has(key) && !HIDDEN.has(key))
    .map(([key, v]) => ({ key: humanise(key), value: formatValue(v) }))
    .filter((d): d is { key: string; value: string } => d.value !== null);
  return { kind, rows, details };
}

/** Where an audited record can be opened in the console, or null when it has no page (or is gone). */
export function recordHref(targetType: string, targetId: string, data: unknown): string | null {
  const type = targetType.toLowerCase().replace(/[^a-z]/g, "");
  const d = isRecord(data) ? data : {};
  const forumId =
    (typeof d.forumId === "string" && d.forumId) ||
    (isRecord(d.after) && typeof d.after.forumId === "string" && d.after.forumId) ||
    (isRecord(d.before) && typeof d.before.forumId === "string" && d.before.forumId) ||
    null;
  const id = encodeURIComponent(targetId);
  switch (type) {
    case "presenter":
      return `/manage/presenters/${id}`;
    case "memberstate":
      return `/manage/member-states/${id}`;
    case "invitation":
    case "user":
      return "/manage/delegates";
    case "forum":
      return `/manage/forums/${id}`;
    case "room":
    case "track":
      return forumId ? `/manage/forums/${encodeURIComponent(forumId)}` : null;
    case "session":
    case "forumsession":
      return forumId ? `/manage/forums/${encodeURIComponent(forumId)}/sessions/${id}` : null;
    case "writeup":
      return `/manage/write-ups/${id}`;
    case "registration":
      return forumId ? `/manage/forums/${encodeURIComponent(forumId)}/registrations` : null;
    default:
      return null;
  }
}

/** A human name for the audited record (its name, title or e-mail at the time), when the data holds one. */
export function recordLabel(data: unknown): string | null {
  if (!isRecord(data)) return null;
  for (const source of [data.after, data.before, data]) {
    if (!isRecord(source)) continue;
    for (const key of ["name", "title", "email", "fullName"]) {
      const v = source[key];
      if (typeof v === "string" && v.trim()) return v.length > 80 ? `${v.slice(0, 80)}…` : v;
    }
  }
  return null;
}
