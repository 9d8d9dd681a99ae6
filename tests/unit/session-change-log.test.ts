import { describe, expect, it } from "vitest";
import { changeLogEntry, diffSessions, staleMessage, type SessionSnapshot } from "@/lib/agenda/change-log";
import { zonedToUtc } from "@/lib/time";

const Z = "Asia/Makassar";
const base: SessionSnapshot = {
  title: "Following the money",
  abstract: "",
  kind: "panel",
  startsAt: zonedToUtc("2027-02-16", "10:30", Z),
  endsAt: zonedToUtc("2027-02-16", "12:00", Z),
  roomId: "u",
  roomName: "Uluwatu Room",
  trackId: null,
  trackName: null,
  visibility: "public",
  chathamHouse: false,
  status: "published",
  expectedAttendance: null,
  presenters: [],
};

describe("change-log lines", () => {
  it("describes a move in forum time, naming the new room", () => {
    const after = { ...base, startsAt: zonedToUtc("2027-02-16", "11:00", Z), endsAt: zonedToUtc("2027-02-16", "12:30", Z), roomName: "Kintamani Room", roomId: "k" };
    expect(changeLogEntry(base, after, Z)).toEqual({
      kind: "moved",
      summary: "Moved from Tue 16 Feb 10:30–12:00, Uluwatu Room to 11:00–12:30, Kintamani Room (WITA, UTC+8).",
    });
  });

  it("gives the full day when a session moves to another day", () => {
    const after = { ...base, startsAt: zonedToUtc("2027-02-17", "10:30", Z), endsAt: zonedToUtc("2027-02-17", "12:00", Z) };
    expect(changeLogEntry(base, after, Z)?.summary).toBe("Moved from Tue 16 Feb 10:30–12:00, Uluwatu Room to Wed 17 Feb 10:30–12:00, Uluwatu Room (WITA, UTC+8).");
  });

  it("logs added, cancelled, removed and reinstated sessions, and nothing for drafts", () => {
    expect(changeLogEntry(null, base, Z)?.kind).toBe("added");
    expect(changeLogEntry({ ...base, status: "draft" }, base, Z)?.kind).toBe("added");
    expect(changeLogEntry(base, { ...base, status: "cancelled" }, Z)?.summary).toBe("Cancelled (was Tue 16 Feb 10:30–12:00, Uluwatu Room, WITA, UTC+8).");
    expect(changeLogEntry(base, null, Z)?.kind).toBe("removed");
    expect(changeLogEntry({ ...base, status: "cancelled" }, base, Z)?.summary).toMatch(/^Reinstated/);
    expect(changeLogEntry({ ...base, status: "draft" }, { ...base, status: "draft", title: "x" }, Z)).toBeNull();
    expect(changeLogEntry(null, { ...base, status: "draft" }, Z)).toBeNull();
    expect(changeLogEntry(base, { ...base }, Z)).toBeNull();
  });

  it("lists other changed fields without quoting long text", () => {
    const entry = changeLogEntry(base, { ...base, title: "Money trails", abstract: "New text" }, Z);
    expect(entry).toEqual({ kind: "updated", summary: "Changed: title (was “Following the money”), abstract." });
  });
});

describe("stale-save message", () => {
  it("names who changed what, and says the input is kept", () => {
    const changes = diffSessions(base, { ...base, startsAt: zonedToUtc("2027-02-16", "09:00", Z) }, Z);
    expect(staleMessage("session", { changes, actors: ["Ana"] })).toBe(
      "Ana changed this session while you were editing: start 10:30 → 09:00 changed. Your changes were not saved; they are still in the form. Review them and save again.",
    );
    expect(staleMessage("forum", { changes: [], actors: [] })).toMatch(/^Someone else changed this forum while you were editing\. /);
  });
});
