import { diffWords, diffArrays } from "diff";

/** What a revision holds, as stored in WriteUpRevision (data is the JSON snapshot of tag, date, links and quotes). */
export type RevisionSnapshot = {
  number: number;
  title: string;
  summary: string;
  body: string;
  data: RevisionData;
};

export type RevisionData = {
  tag?: string;
  date?: string;
  forum?: string | null;
  sessions?: string[];
  presenters?: string[];
  quotes?: string[];
  coverAlt?: string;
  images?: string[];
};

export type Segment = { value: string; change: "added" | "removed" | "same" };
export type FieldComparison = { field: string; label: string; changed: boolean; segments: Segment[] };

function words(a: string, b: string): Segment[] {
  return diffWords(a, b).map((c) => ({ value: c.value, change: c.added ? "added" : c.removed ? "removed" : "same" }));
}

function lists(a: string[], b: string[]): Segment[] {
  return diffArrays(a, b).flatMap((c) =>
    c.value.map((value) => ({ value, change: c.added ? ("added" as const) : c.removed ? ("removed" as const) : ("same" as const) })),
  );
}

const TEXT_FIELDS = [
  ["title", "Title"],
  ["summary", "Summary"],
  ["body", "Body"],
] as const;

const DATA_SCALARS = [
  ["tag", "Tag"],
  ["date", "Date"],
  ["forum", "Forum"],
  ["coverAlt", "Cover alt text"],
] as const;

const DATA_LISTS = [
  ["sessions", "Linked sessions"],
  ["presenters", "Linked presenters"],
  ["quotes", "Pull quotes"],
  ["images", "Gallery"],
] as const;

/** A readable word-level comparison of two revisions, field by field (older first). */
export function compareRevisions(older: RevisionSnapshot, newer: RevisionSnapshot): FieldComparison[] {
  const out: FieldComparison[] = [];
  for (const [field, label] of TEXT_FIELDS) {
    const segments = words(older[field], newer[field]);
    out.push({ field, label, changed: segments.some((s) => s.change !== "same"), segments });
  }
  for (const [field, label] of DATA_SCALARS) {
    const segments = words(String(older.data[field] ?? ""), String(newer.data[field] ?? ""));
    out.push({ field, label, changed: segments.some((s) => s.change !== "same"), segments });
  }
  for (const [field, label] of DATA_LISTS) {
    const segments = lists(older.data[field] ?? [], newer.data[field] ?? []);
    out.push({ field, label, changed: segments.some((s) => s.change !== "same"), segments });
  }
  return out;
}
