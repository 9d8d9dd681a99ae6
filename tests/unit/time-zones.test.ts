import { describe, expect, it } from "vitest";
import { dayBoundsUtc, dayInZone, formatTimeWithZone, timeInZone, zoneLabel, zonedToUtc } from "@/lib/time";

const BALI = "Asia/Makassar";
const ADELAIDE = "Australia/Adelaide";

describe("labels", () => {
  it("labels Bali time with its local name and offset", () => {
    const nine = zonedToUtc("2027-08-05", "09:00", BALI);
    expect(nine.toISOString()).toBe("2027-08-05T01:00:00.000Z");
    expect(formatTimeWithZone(nine, BALI)).toBe("09:00 WITA, UTC+8");
  });

  it("labels Adelaide as ACDT, UTC+10:30 in summer and ACST, UTC+9:30 in winter", () => {
    expect(zoneLabel(new Date("2027-01-15T00:00:00Z"), ADELAIDE)).toBe("ACDT, UTC+10:30");
    expect(zoneLabel(new Date("2027-07-15T00:00:00Z"), ADELAIDE)).toBe("ACST, UTC+9:30");
  });

  it("falls back to the bare offset where a zone has no common short name, and handles negative offsets", () => {
    expect(zoneLabel(new Date("2027-08-05T00:00:00Z"), "Asia/Amman")).toMatch(/UTC\+3$/);
    expect(formatTimeWithZone(new Date("2027-08-05T01:00:00Z"), "Pacific/Honolulu")).toBe("15:00 HST, UTC-10");
    expect(formatTimeWithZone(new Date("2027-08-05T01:00:00Z"), "UTC")).toBe("01:00 UTC");
  });
});

describe("cutting days in a zone", () => {
  it("puts a 23:30 WITA session on the same day in Bali but the next day in Tokyo", () => {
    const late = zonedToUtc("2027-08-05", "23:30", BALI);
    expect(late.toISOString()).toBe("2027-08-05T15:30:00.000Z");
    expect(dayInZone(late, BALI)).toBe("2027-08-05");
    expect(dayInZone(late, "Asia/Tokyo")).toBe("2027-08-06");
    expect(timeInZone(late, "Asia/Tokyo")).toBe("00:30");
  });

  it("puts an early WITA session on the previous day for a delegate in Honolulu", () => {
    const early = zonedToUtc("2027-08-05", "07:00", BALI);
    expect(dayInZone(early, BALI)).toBe("2027-08-05");
    expect(dayInZone(early, "Pacific/Honolulu")).toBe("2027-08-04");
    expect(timeInZone(early, "Pacific/Honolulu")).toBe("13:00");
  });

  it("cuts a Bali day at local midnight, which is 16:00 UTC the day before", () => {
    const { start, end } = dayBoundsUtc("2027-08-05", BALI);
    expect(start.toISOString()).toBe("2027-08-04T16:00:00.000Z");
    expect(end.toISOString()).toBe("2027-08-05T16:00:00.000Z");
  });
});

describe("Adelaide daylight saving", () => {
  it("starts on the first Sunday of October: that day lasts 23 hours", () => {
    const { start, end } = dayBoundsUtc("2026-10-04", ADELAIDE);
    expect(start.toISOString()).toBe("2026-10-03T14:30:00.000Z"); // midnight ACST (UTC+9:30)
    expect(end.toISOString()).toBe("2026-10-04T13:30:00.000Z"); // midnight ACDT (UTC+10:30)
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });

  it("ends on the first Sunday of April: that day lasts 25 hours", () => {
    const { start, end } = dayBoundsUtc("2027-04-04", ADELAIDE);
    expect(start.toISOString()).toBe("2027-04-03T13:30:00.000Z");
    expect(end.toISOString()).toBe("2027-04-04T14:30:00.000Z");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(25);
  });

  it("shows times on either side of the spring change with the right label and real duration", () => {
    const before = zonedToUtc("2026-10-04", "01:30", ADELAIDE);
    const after = zonedToUtc("2026-10-04", "03:30", ADELAIDE);
    expect(formatTimeWithZone(before, ADELAIDE)).toBe("01:30 ACST, UTC+9:30");
    expect(formatTimeWithZone(after, ADELAIDE)).toBe("03:30 ACDT, UTC+10:30");
    // Two hours on the clock, one hour in reality: 02:00 became 03:00.
    expect((after.getTime() - before.getTime()) / 3_600_000).toBe(1);
  });

  it("moves a wall-clock time that does not exist (inside the spring gap) forward, never backward", () => {
    const gap = zonedToUtc("2026-10-04", "02:30", ADELAIDE);
    expect(timeInZone(gap, ADELAIDE)).toBe("03:30");
    expect(dayInZone(gap, ADELAIDE)).toBe("2026-10-04");
  });

  it("shows the repeated hour in autumn with both labels", () => {
    const firstPass = new Date("2027-04-03T16:00:00.000Z"); // 02:30 ACDT
    const secondPass = new Date("2027-04-03T17:00:00.000Z"); // 02:30 ACST
    expect(formatTimeWithZone(firstPass, ADELAIDE)).toBe("02:30 ACDT, UTC+10:30");
    expect(formatTimeWithZone(secondPass, ADELAIDE)).toBe("02:30 ACST, UTC+9:30");
    expect(dayInZone(secondPass, ADELAIDE)).toBe("2027-04-04");
  });

  it("shows a Bali session at the right Adelaide time on both sides of the change", () => {
    // Bali has no daylight saving, so the gap to Adelaide grows from 1:30 to 2:30 hours.
    const saturday = zonedToUtc("2026-10-03", "09:00", BALI);
    const monday = zonedToUtc("2026-10-05", "09:00", BALI);
    expect(formatTimeWithZone(saturday, ADELAIDE)).toBe("10:30 ACST, UTC+9:30");
    expect(formatTimeWithZone(monday, ADELAIDE)).toBe("11:30 ACDT, UTC+10:30");
  });
});
