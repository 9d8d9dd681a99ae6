import { describe, expect, it } from "vitest";
import { zonedToUtc } from "@/lib/time";
import { buildDayGrid, filterSessions, findClashes, groupByDay, presentersOf } from "@/lib/agenda/schedule";
import { resolveDisplayZone } from "@/lib/agenda/display-zone";
import { parseAgendaFilters } from "@/lib/agenda/schema";
import { toWinAnsi } from "@/lib/agenda/pdf";
import type { AgendaSession } from "@/lib/agenda/types";

const BALI = "Asia/Makassar";
const roomA = { id: "room-a", name: "Nusa Dua Hall", position: 0 };
const roomB = { id: "room-b", name: "Kintamani Room", position: 1 };
const trackTech = { id: "track-tech", name: "Technology", colour: "#1d4ed8" };

let seq = 0;
function session(day: string, start: string, end: string, extra: Partial<AgendaSession> = {}, zone = BALI): AgendaSession {
  seq += 1;
  return {
    id: `s${seq}`,
    forumId: "f1",
    title: `Session ${seq}`,
    abstract: "",
    kind: "panel",
    startsAt: zonedToUtc(day, start, zone),
    endsAt: zonedToUtc(day, end, zone),
    visibility: "public",
    chathamHouse: false,
    status: "published",
    version: 1,
    updatedAt: new Date(),
    room: roomA,
    track: null,
    presenters: [],
    ...extra,
  };
}

describe("groupByDay", () => {
  it("cuts days in the zone shown, so a late Bali session moves to the next day for a Tokyo viewer", () => {
    const morning = session("2027-08-05", "09:00", "10:00");
    const late = session("2027-08-05", "23:30", "23:59");
    const nextMorning = session("2027-08-06", "09:00", "10:00");
    const bali = groupByDay([nextMorning, late, morning], BALI);
    expect(bali.map((d) => [d.day, d.sessions.map((s) => s.id)])).toEqual([
      ["2027-08-05", [morning.id, late.id]],
      ["2027-08-06", [nextMorning.id]],
    ]);
    const tokyo = groupByDay([nextMorning, late, morning], "Asia/Tokyo");
    expect(tokyo.map((d) => [d.day, d.sessions.map((s) => s.id)])).toEqual([
      ["2027-08-05", [morning.id]],
      ["2027-08-06", [late.id, nextMorning.id]],
    ]);
  });

  it("orders sessions at the same time by room order", () => {
    const inB = session("2027-08-05", "09:00", "10:00", { room: roomB });
    const inA = session("2027-08-05", "09:00", "10:00", { room: roomA });
    expect(groupByDay([inB, inA], BALI)[0].sessions.map((s) => s.id)).toEqual([inA.id, inB.id]);
  });
});

describe("filterSessions", () => {
  const speaker = { id: "p1", slug: "dewi-kartika", name: "Dewi Kartika", title: "", organisation: "RSO", role: "speaker" as const };
  const a = session("2027-08-05", "09:00", "10:00", { track: trackTech, kind: "workshop", presenters: [speaker] });
  const b = session("2027-08-05", "23:30", "23:45", { room: roomB });
  const c = session("2027-08-06", "09:00", "10:00", { kind: "break", room: null });

  it("filters by day in the shown zone, track, room, kind and presenter", () => {
    expect(filterSessions([a, b, c], { day: "2027-08-05" }, BALI).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(filterSessions([a, b, c], { day: "2027-08-06" }, "Asia/Tokyo").map((s) => s.id)).toEqual([b.id, c.id]);
    expect(filterSessions([a, b, c], { track: trackTech.id }, BALI)).toEqual([a]);
    expect(filterSessions([a, b, c], { room: roomB.id }, BALI)).toEqual([b]);
    expect(filterSessions([a, b, c], { kind: "break" }, BALI)).toEqual([c]);
    expect(filterSessions([a, b, c], { presenter: "dewi-kartika" }, BALI)).toEqual([a]);
    expect(filterSessions([a, b, c], { presenter: "dewi-kartika", kind: "break" }, BALI)).toEqual([]);
    expect(filterSessions([a, b, c], {}, BALI)).toHaveLength(3);
  });

  it("offers as presenter options only the presenters of the sessions given", () => {
    expect(presentersOf([a, b, c]).map((p) => p.slug)).toEqual(["dewi-kartika"]);
  });
});

describe("findClashes", () => {
  it("flags overlapping sessions, not back-to-back ones, and ignores cancelled sessions", () => {
    const first = session("2027-08-05", "09:00", "10:00");
    const overlapping = session("2027-08-05", "09:30", "11:00", { room: roomB });
    const backToBack = session("2027-08-05", "11:00", "12:00");
    const cancelled = session("2027-08-05", "09:15", "09:45", { status: "cancelled" });
    const clashes = findClashes([backToBack, cancelled, overlapping, first]);
    expect(clashes.map(({ a, b }) => [a.id, b.id])).toEqual([[first.id, overlapping.id]]);
  });

  it("finds every pair when three sessions overlap", () => {
    const x = session("2027-08-05", "09:00", "12:00");
    const y = session("2027-08-05", "10:00", "11:00");
    const z = session("2027-08-05", "10:30", "13:00");
    expect(findClashes([x, y, z])).toHaveLength(3);
  });
});

describe("buildDayGrid", () => {
  it("spans sessions over the rows they cover, spans a roomless break over every room, and keeps room order", () => {
    const plenary = session("2027-08-05", "09:00", "10:30", { room: roomA });
    const workshop = session("2027-08-05", "09:00", "10:00", { room: roomB });
    const coffee = session("2027-08-05", "10:30", "11:00", { room: null, kind: "break" });
    const grid = buildDayGrid([coffee, workshop, plenary], [roomB, roomA]);
    expect(grid.columns.map((c) => c.name)).toEqual(["Nusa Dua Hall", "Kintamani Room"]);
    expect(grid.rows.map((r) => r.start.toISOString())).toEqual([
      "2027-08-05T01:00:00.000Z",
      "2027-08-05T02:00:00.000Z",
      "2027-08-05T02:30:00.000Z",
    ]);
    expect(grid.rows[0].cells).toMatchObject([
      { type: "session", session: { id: plenary.id }, rowSpan: 2, colSpan: 1 },
      { type: "session", session: { id: workshop.id }, rowSpan: 1, colSpan: 1 },
    ]);
    expect(grid.rows[1].cells.map((c) => c.type)).toEqual(["covered", "empty"]);
    expect(grid.rows[2].cells).toMatchObject([{ type: "session", session: { id: coffee.id }, colSpan: 2 }, { type: "covered" }]);
    expect(grid.overflow).toEqual([]);
  });

  it("never hides a session: two in one room at once (a draft conflict) leave one in the overflow list", () => {
    const one = session("2027-08-05", "09:00", "10:00");
    const two = session("2027-08-05", "09:30", "10:30");
    const grid = buildDayGrid([one, two], [roomA]);
    const shown = grid.rows.flatMap((r) => r.cells).filter((c) => c.type === "session");
    expect(shown).toHaveLength(1);
    expect(grid.overflow.map((s) => s.id)).toEqual([two.id]);
  });

  it("drops rows where nothing runs (a long lunch gap) but keeps rows inside a span", () => {
    const morning = session("2027-08-05", "09:00", "10:00");
    const afternoon = session("2027-08-05", "14:00", "15:00");
    const grid = buildDayGrid([morning, afternoon], [roomA]);
    expect(grid.rows).toHaveLength(2);
  });

  it("gives the real duration of a session across Adelaide's spring change", () => {
    const zone = "Australia/Adelaide";
    const across = session("2026-10-04", "01:00", "04:00", {}, zone); // two real hours
    const after = session("2026-10-04", "04:00", "05:00", {}, zone);
    const grid = buildDayGrid([across, after], [roomA]);
    expect(grid.rows).toHaveLength(2);
    expect((grid.rows[0].end.getTime() - grid.rows[0].start.getTime()) / 3_600_000).toBe(2);
  });
});

describe("resolveDisplayZone", () => {
  it("shows the forum's zone by default and the viewer's own when chosen and valid", () => {
    expect(resolveDisplayZone(BALI, undefined, "Europe/Paris")).toMatchObject({ zone: BALI, mode: "forum", viewerZone: "Europe/Paris", sameAsForum: false });
    expect(resolveDisplayZone(BALI, "local", "Europe/Paris")).toMatchObject({ zone: "Europe/Paris", mode: "local" });
  });

  it("ignores a forged or unknown zone cookie instead of failing", () => {
    expect(resolveDisplayZone(BALI, "local", "Mars/Olympus_Mons")).toMatchObject({ zone: BALI, mode: "forum", viewerZone: null });
    expect(resolveDisplayZone(BALI, "local", "<script>")).toMatchObject({ zone: BALI, viewerZone: null });
    expect(resolveDisplayZone(BALI, "local", undefined)).toMatchObject({ zone: BALI, mode: "forum" });
  });

  it("notices when the viewer's zone keeps the same clock as the forum's", () => {
    expect(resolveDisplayZone(BALI, undefined, "Asia/Singapore").sameAsForum).toBe(true);
    expect(resolveDisplayZone(BALI, undefined, "Australia/Adelaide").sameAsForum).toBe(false);
  });
});

describe("parseAgendaFilters", () => {
  it("keeps valid filters and drops junk instead of failing the page", () => {
    expect(parseAgendaFilters({ day: "2027-08-05", kind: "workshop", q: "  scam  ", view: "grid" })).toEqual({
      day: "2027-08-05",
      kind: "workshop",
      q: "scam",
      view: "grid",
    });
    expect(parseAgendaFilters({ day: "tomorrow", kind: "party", room: "'; drop table", view: "3d", q: "" })).toEqual({});
    expect(parseAgendaFilters({ track: ["t1", "t2"] })).toEqual({ track: "t1" });
  });
});

describe("toWinAnsi", () => {
  it("keeps Latin text, folds accents the PDF fonts lack and replaces the rest", () => {
    expect(toWinAnsi("Türkiye – Côte")).toBe("Türkiye – Côte");
    expect(toWinAnsi("Việt Nam")).toBe("Viet Nam");
    expect(toWinAnsi("会議")).toBe("??");
  });
});
