import { describe, expect, it } from "vitest";
import { humanise, recordHref, summariseChange } from "@/app/manage/audit/change-summary";

describe("audit change summaries", () => {
  it("lists only the fields that changed between before and after", () => {
    const s = summariseChange({ before: { id: "x", name: "Palau", status: "member", isoCode: "PLW" }, after: { id: "x", name: "Palau", status: "observer", isoCode: "PLW" } });
    expect(s.kind).toBe("update");
    expect(s.rows).toEqual([{ field: "Status", before: "member", after: "observer", long: false }]);
  });

  it("shows a creation's values and a deletion's last values, never secrets", () => {
    const created = summariseChange({ before: null, after: { id: "1", name: "Nauru", isoCode: null, tokenHash: "abc" } });
    expect(created.kind).toBe("create");
    expect(created.rows).toEqual([{ field: "Name", before: null, after: "Nauru", long: false }]);
    const deleted = summariseChange({ before: { name: "Gone", bio: "x".repeat(100) }, after: null, sessionsDetached: [] });
    expect(deleted.kind).toBe("delete");
    expect(deleted.rows.map((r) => [r.field, r.long])).toEqual([
      ["Name", false],
      ["Bio", true],
    ]);
  });

  it("reads change lists and from/to pairs, and keeps other keys as details", () => {
    const list = summariseChange({ fromVersion: 2, toVersion: 3, changes: [{ field: "title", label: "title", from: "Old", to: "New" }] });
    expect(list.rows).toEqual([{ field: "title", before: "Old", after: "New", long: false }]);
    expect(list.details).toEqual([
      { key: "From version", value: "2" },
      { key: "To version", value: "3" },
    ]);
    expect(summariseChange({ from: "pending", to: "approved" }).rows).toEqual([{ field: "Status", before: "pending", after: "approved", long: false }]);
    expect(summariseChange(null)).toEqual({ kind: "none", rows: [], details: [] });
    expect(summariseChange({ acknowledged: true }).details).toEqual([{ key: "Acknowledged", value: "Yes" }]);
  });

  it("names fields for people and links records where a page exists", () => {
    expect(humanise("organisationCap")).toBe("Organisation cap");
    expect(humanise("member_state")).toBe("Member state");
    expect(recordHref("presenter", "p1", {})).toBe("/manage/presenters/p1");
    expect(recordHref("member_state", "m1", {})).toBe("/manage/member-states/m1");
    expect(recordHref("WriteUp", "w1", {})).toBe("/manage/write-ups/w1");
    expect(recordHref("session", "s1", { forumId: "f1" })).toBe("/manage/forums/f1/sessions/s1");
    expect(recordHref("session", "s1", {})).toBeNull();
    expect(recordHref("mystery", "z", {})).toBeNull();
  });
});

describe("audit record labels", () => {
  it("names the record from its values at the time", async () => {
    const { recordLabel } = await import("@/app/manage/audit/change-summary");
    expect(recordLabel({ before: { name: "Old" }, after: { name: "New" } })).toBe("New");
    expect(recordLabel({ before: { title: "Gone" }, after: null })).toBe("Gone");
    expect(recordLabel({ title: "A write-up", slug: "a" })).toBe("A write-up");
    expect(recordLabel({ from: "pending", to: "approved" })).toBeNull();
  });
});
