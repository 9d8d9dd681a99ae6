import { describe, expect, it } from "vitest";
import { conflictsForSession, detectConflicts, type ConflictSession } from "@/lib/agenda/conflicts";
import { zonedToUtc } from "@/lib/time";

const bali = { startsOn: "2027-02-16", endsOn: "2027-02-17", timeZone: "Asia/Makassar" };

let n = 0;
function session(over: Partial<ConflictSession> & { day?: string; start?: string; end?: string; endDay?: string; zone?: string }): ConflictSession {
  n += 1;
  const zone = over.zone ?? bali.timeZone;
  const day = over.day ?? "2027-02-16";
  return {
    id: over.id ?? `s${n}`,
    title: over.title ?? `Session ${n}`,
    startsAt: over.startsAt ?? zonedToUtc(day, over.start ?? "09:00", zone),
    endsAt: over.endsAt ?? zonedToUtc(over.endDay ?? day, over.end ?? "10:00", zone),
    kind: over.kind ?? "panel",
    roomId: over.roomId === undefined ? "hall" : over.roomId,
    roomName: over.roomName ?? (over.roomId === null ? null : "Nusantara Hall"),
    roomCapacity: over.roomCapacity ?? null,
    expectedAttendance: over.expectedAttendance ?? null,
    presenterIds: over.presenterIds ?? [],
    status: over.status ?? "draft",
  };
}

describe("room double-booking", () => {
  it("flags two sessions in one room at once and names both", () => {
    const a = session({ id: "a", title: "Opening", start: "09:00", end: "10:00" });
    const b = session({ id: "b", title: "Panel", start: "09:30", end: "10:30" });
    const issues = detectConflicts([a, b], bali);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      kind: "room_double_booked",
      sides: [
        { type: "session", id: "a", title: "Opening" },
        { type: "session", id: "b", title: "Panel" },
      ],
    });
    expect(issues[0].message).toContain("Nusantara Hall");
  });

  it("does not flag back-to-back sessions", () => {
    const a = session({ start: "09:00", end: "10:00" });
    const b = session({ start: "10:00", end: "11:00" });
    expect(detectConflicts([a, b], bali)).toEqual([]);
  });

  it("flags a one-minute overlap", () => {
    const a = session({ start: "09:00", end: "10:01" });
    const b = session({ start: "10:00", end: "11:00" });
    expect(detectConflicts([a, b], bali).map((i) => i.kind)).toEqual(["room_double_booked"]);
  });

  it("ignores different rooms, cancelled sessions, and breaks without a room", () => {
    const a = session({ start: "09:00", end: "10:00" });
    expect(detectConflicts([a, session({ roomId: "uluwatu", roomName: "Uluwatu" })], bali)).toEqual([]);
    expect(detectConflicts([a, session({ status: "cancelled" })], bali)).toEqual([]);
    const coffee = session({ kind: "break", roomId: null, presenterIds: ["p1"] });
    expect(detectConflicts([session({ presenterIds: ["p1"] }), coffee], bali)).toEqual([]);
  });

  it("still flags a break that occupies a room", () => {
    const lunch = session({ kind: "break", start: "09:30", end: "10:30" });
    expect(detectConflicts([session({}), lunch], bali).map((i) => i.kind)).toEqual(["room_double_booked"]);
  });

  it("finds a long session overlapping several later ones", () => {
    const long = session({ id: "long", start: "09:00", end: "12:00" });
    const b = session({ id: "b1", start: "09:30", end: "10:00" });
    const c = session({ id: "c1", start: "11:00", end: "11:30" });
    expect(detectConflicts([long, b, c], bali)).toHaveLength(2);
  });
});

describe("presenters shared between rooms", () => {
  it("flags a presenter in two overlapping sessions in different rooms", () => {
    const a = session({ id: "a", roomId: "hall", presenterIds: ["p1", "p2"] });
    const b = session({ id: "b", roomId: "uluwatu", roomName: "Uluwatu Room", start: "09:45", end: "11:00", presenterIds: ["p2"] });
    const issues = detectConflicts([a, b], bali, new Map([["p2", "Priya Nair"]]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: "presenter_double_booked", key: "presenter:p2:a:b" });
    expect(issues[0].message).toContain("Priya Nair");
  });

  it("does not flag a presenter going straight from one room to the next session in another", () => {
    const a = session({ roomId: "hall", presenterIds: ["p1"], start: "09:00", end: "10:00" });
    const b = session({ roomId: "uluwatu", presenterIds: ["p1"], start: "10:00", end: "11:00" });
    expect(detectConflicts([a, b], bali)).toEqual([]);
  });

  it("reports both a room clash and a shared presenter for the same pair", () => {
    const a = session({ presenterIds: ["p1"] });
    const b = session({ presenterIds: ["p1"] });
    expect(detectConflicts([a, b], bali).map((i) => i.kind).sort()).toEqual(["presenter_double_booked", "room_double_booked"]);
  });
});

describe("forum dates", () => {
  it("flags a session before the first day or after the last", () => {
    expect(detectConflicts([session({ day: "2027-02-15" })], bali).map((i) => i.kind)).toEqual(["outside_forum_dates"]);
    expect(detectConflicts([session({ day: "2027-02-18" })], bali).map((i) => i.kind)).toEqual(["outside_forum_dates"]);
  });

  it("accepts a session crossing midnight in forum time between two forum days", () => {
    const late = session({ day: "2027-02-16", start: "22:30", endDay: "2027-02-17", end: "01:00" });
    expect(detectConflicts([late], bali)).toEqual([]);
  });

  it("flags a session crossing midnight out of the last forum day", () => {
    const late = session({ day: "2027-02-17", start: "23:00", endDay: "2027-02-18", end: "00:30" });
    expect(detectConflicts([late], bali).map((i) => i.kind)).toEqual(["outside_forum_dates"]);
  });

  it("accepts a session ending exactly at midnight after the last day", () => {
    const late = session({ day: "2027-02-17", start: "23:00", endDay: "2027-02-18", end: "00:00" });
    expect(detectConflicts([late], bali)).toEqual([]);
  });

  it("cuts days in the forum's zone, not UTC: 07:00 in Bali on the first day is 23:00 UTC the day before", () => {
    const early = session({ day: "2027-02-16", start: "07:00", end: "08:00" });
    expect(early.startsAt.toISOString()).toBe("2027-02-15T23:00:00.000Z");
    expect(detectConflicts([early], bali)).toEqual([]);
  });

  it("detects an overlap of sessions crossing midnight in the same room", () => {
    const a = session({ start: "23:00", endDay: "2027-02-17", end: "01:00" });
    const b = session({ day: "2027-02-17", start: "00:30", end: "02:00" });
    expect(detectConflicts([a, b], bali).map((i) => i.kind)).toEqual(["room_double_booked"]);
  });
});

describe("a daylight-saving change in Australia/Adelaide", () => {
  // Adelaide's clocks go back from 03:00 ACDT to 02:00 ACST on Sunday 5 April 2026.
  const adelaide = { startsOn: "2026-04-04", endsOn: "2026-04-05", timeZone: "Australia/Adelaide" };
  const zone = adelaide.timeZone;

  it("keeps the last forum day 25 hours long, so a session at 23:30 on it is inside", () => {
    const s = session({ zone, day: "2026-04-05", start: "23:00", end: "23:30" });
    expect(detectConflicts([s], adelaide)).toEqual([]);
  });

  it("compares instants, so 01:30–02:30 wall clock on the change night is 2 hours long", () => {
    const s = session({ zone, day: "2026-04-05", start: "01:30", end: "02:30" });
    expect(s.endsAt.getTime() - s.startsAt.getTime()).toBe(2 * 3600_000);
    const b = session({ zone, day: "2026-04-05", startsAt: new Date(s.startsAt.getTime() + 90 * 60_000), endsAt: new Date(s.endsAt.getTime() + 3600_000) });
    expect(detectConflicts([s, b], adelaide).map((i) => i.kind)).toEqual(["room_double_booked"]);
  });

  it("does not treat sessions on either side of the change as overlapping when they are back to back in time", () => {
    const before = session({ zone, day: "2026-04-04", start: "22:00", endDay: "2026-04-05", end: "01:00" });
    const after = session({ zone, day: "2026-04-05", startsAt: before.endsAt, endsAt: zonedToUtc("2026-04-05", "04:00", zone) });
    expect(detectConflicts([before, after], adelaide)).toEqual([]);
  });

  it("flags a session after the spring-forward change on the day after the forum (October)", () => {
    // Clocks go forward from 02:00 ACST to 03:00 ACDT on Sunday 4 October 2026.
    const spring = { startsOn: "2026-10-03", endsOn: "2026-10-03", timeZone: zone };
    const inside = session({ zone, day: "2026-10-03", start: "23:00", endDay: "2026-10-04", end: "00:00" });
    const outside = session({ zone, day: "2026-10-04", start: "03:00", end: "04:00" });
    expect(detectConflicts([inside], spring)).toEqual([]);
    expect(detectConflicts([outside], spring).map((i) => i.kind)).toEqual(["outside_forum_dates"]);
  });
});

describe("room capacity", () => {
  it("flags expected attendance above the room's capacity, and names the room", () => {
    const s = session({ id: "big", roomId: "kintamani", roomName: "Kintamani Room", roomCapacity: 40, expectedAttendance: 41 });
    const issues = detectConflicts([s], bali);
    expect(issues).toMatchObject([{ kind: "room_over_capacity", sides: [{ id: "big" }, { type: "room", id: "kintamani", title: "Kintamani Room" }] }]);
  });

  it("accepts attendance equal to capacity, or unknown attendance or capacity", () => {
    expect(detectConflicts([session({ roomCapacity: 40, expectedAttendance: 40 })], bali)).toEqual([]);
    expect(detectConflicts([session({ roomCapacity: 40 })], bali)).toEqual([]);
    expect(detectConflicts([session({ expectedAttendance: 400 })], bali)).toEqual([]);
  });
});

describe("conflictsForSession", () => {
  it("checks draft values against the saved agenda, ignoring the session's own saved row", () => {
    const saved = session({ id: "x", start: "09:00", end: "10:00" });
    const other = session({ id: "y", start: "10:00", end: "11:00" });
    const draft = { ...saved, endsAt: zonedToUtc("2027-02-16", "10:30", bali.timeZone) };
    const issues = conflictsForSession(draft, [saved, other], bali);
    expect(issues).toHaveLength(1);
    expect(issues[0].sides.map((s) => ("id" in s ? s.id : null)).sort()).toEqual(["x", "y"]);
  });

  it("a cancelled candidate has no issues", () => {
    const c = session({ status: "cancelled", day: "2030-01-01" });
    expect(conflictsForSession(c, [session({})], bali)).toEqual([]);
  });
});
