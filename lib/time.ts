/**
 * All time-zone logic lives here. Instants are stored in UTC; each forum has an IANA zone; wall-clock values
 * ("2026-08-06", "09:00") are always interpreted in a named zone, never in the server's.
 */
import { TZDate } from "@date-fns/tz";

export type DateString = string; // YYYY-MM-DD
export type TimeString = string; // HH:mm (24-hour)

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

/** The IANA zones offered in pickers, from the runtime's own database. */
export function listTimeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf ? intl.supportedValuesOf("timeZone") : ["UTC"];
}

/** The UTC instant of a wall-clock date and time in a zone. In a DST gap the clock time is moved forward. */
export function zonedToUtc(date: DateString, time: TimeString, zone: string): Date {
  if (!DATE_RE.test(date)) throw new RangeError(`Not a date: ${date}`);
  if (!TIME_RE.test(time)) throw new RangeError(`Not a time: ${time}`);
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, 0, zone).getTime());
}

type Parts = { year: string; month: string; day: string; hour: string; minute: string; weekday: string };

// Building an Intl.DateTimeFormat costs far more than using one; agendas and calendar feeds format
// thousands of times per request, so formatters are kept per zone (a handful of zones in practice).
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, zone: string): Parts {
  let fmt = partsFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    partsFormatters.set(zone, fmt);
  }
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(instant)) out[p.type] = p.value;
  return out as Parts;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone: agendas cut days with this. */
export function dayInZone(instant: Date, zone: string): DateString {
  const p = parts(instant, zone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The wall-clock time (HH:mm) of an instant in a zone. */
export function timeInZone(instant: Date, zone: string): TimeString {
  const p = parts(instant, zone);
  return `${p.hour}:${p.minute}`;
}

/** Offset from UTC in minutes at an instant (e.g. 480 for Asia/Makassar, 630 for Adelaide in summer). */
export function offsetMinutes(instant: Date, zone: string): number {
  return -new TZDate(instant.getTime(), zone).getTimezoneOffset();
}

/** "UTC+8", "UTC+10:30", "UTC-10", "UTC". */
export function utcOffsetLabel(instant: Date, zone: string): string {
  const total = offsetMinutes(instant, zone);
  if (total === 0) return "UTC";
  const sign = total > 0 ? "+" : "-";
  const h = Math.floor(Math.abs(total) / 60);
  const m = Math.abs(total) % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}

// Abbreviations people in the region use; Intl only knows some of them (it says "GMT+8" for Bali).
const ABBREVIATIONS: Record<string, [standard: string, daylight?: string]> = {
  "Asia/Makassar": ["WITA"],
  "Asia/Jakarta": ["WIB"],
  "Asia/Pontianak": ["WIB"],
  "Asia/Jayapura": ["WIT"],
  "Asia/Bangkok": ["ICT"],
  "Asia/Ho_Chi_Minh": ["ICT"],
  "Asia/Phnom_Penh": ["ICT"],
  "Asia/Vientiane": ["ICT"],
  "Asia/Kuala_Lumpur": ["MYT"],
  "Asia/Singapore": ["SGT"],
  "Asia/Manila": ["PHT"],
  "Asia/Hong_Kong": ["HKT"],
  "Asia/Tokyo": ["JST"],
  "Asia/Seoul": ["KST"],
  "Asia/Kolkata": ["IST"],
  "Asia/Dhaka": ["BST"],
  "Asia/Yangon": ["MMT"],
  "Asia/Karachi": ["PKT"],
  "Asia/Dubai": ["GST"],
  "Pacific/Auckland": ["NZST", "NZDT"],
  "Pacific/Honolulu": ["HST"],
  "Australia/Perth": ["AWST"],
  "Australia/Darwin": ["ACST"],
  "Australia/Adelaide": ["ACST", "ACDT"],
  "Australia/Brisbane": ["AEST"],
  "Australia/Sydney": ["AEST", "AEDT"],
  "Australia/Melbourne": ["AEST", "AEDT"],
  "Australia/Canberra": ["AEST", "AEDT"],
  "Australia/Hobart": ["AEST", "AEDT"],
  "Europe/London": ["GMT", "BST"],
  UTC: ["UTC"],
  "Etc/UTC": ["UTC"],
};

function isDaylightTime(instant: Date, zone: string): boolean {
  const year = Number(dayInZone(instant, zone).slice(0, 4));
  const jan = offsetMinutes(new Date(Date.UTC(year, 0, 1)), zone);
  const jul = offsetMinutes(new Date(Date.UTC(year, 6, 1)), zone);
  return jan !== jul && offsetMinutes(instant, zone) === Math.max(jan, jul);
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's short name at an instant ("WITA", "ACDT"), or null when there is no common one. */
export function zoneAbbreviation(instant: Date, zone: string): string | null {
  const known = ABBREVIATIONS[zone];
  if (known) return isDaylightTime(instant, zone) && known[1] ? known[1] : known[0];
  let fmt = nameFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" });
    nameFormatters.set(zone, fmt);
  }
  const name = fmt
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName")?.value;
  return name && !/^(GMT|UTC)/.test(name) ? name : null;
}

/** "WITA, UTC+8" or just "UTC+7" when the zone has no short name. */
export function zoneLabel(instant: Date, zone: string): string {
  const abbr = zoneAbbreviation(instant, zone);
  const offset = utcOffsetLabel(instant, zone);
  return abbr && abbr !== offset ? `${abbr}, ${offset}` : offset;
}

/**
 * The zone's label on a calendar day (at noon, clear of any clock change), for headings such as "All times
 * WITA, UTC+8". A time may be given for the label at that moment; an unfinished one (a form mid-edit) falls back
 * to noon, and an unknown zone to its own name.
 */
export function zoneLabelOn(day: DateString, zone: string, time?: string): string {
  try {
    return zoneLabel(zonedToUtc(day, time && /^\d\d:\d\d$/.test(time) ? time : "12:00", zone), zone);
  } catch {
    return isValidTimeZone(zone) ? zoneLabel(new Date(), zone) : zone;
  }
}

/** Two names for the same clock (e.g. Asia/Makassar and Asia/Singapore) over the next year. */
export function sameClock(a: string, b: string, from = new Date()): boolean {
  if (a === b) return true;
  for (let i = 0; i < 12; i++) {
    const t = new Date(from.getTime() + i * 30 * 86_400_000);
    if (utcOffsetLabel(t, a) !== utcOffsetLabel(t, b)) return false;
  }
  return true;
}

/** "09:00 WITA, UTC+8". */
export function formatTimeWithZone(instant: Date, zone: string): string {
  return `${timeInZone(instant, zone)} ${zoneLabel(instant, zone)}`;
}

/** "Thu 6 Aug 2026" for a YYYY-MM-DD day. */
export function formatDay(day: DateString, opts: { weekday?: boolean; year?: boolean } = {}): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    weekday: opts.weekday === false ? undefined : "short",
    day: "numeric",
    month: "short",
    year: opts.year === false ? undefined : "numeric",
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "6–7 August 2026" style range for a forum's dates. */
export function formatDayRange(first: DateString, last: DateString): string {
  const f = (day: string, o: Intl.DateTimeFormatOptions) => {
    const [y, m, d] = day.split("-").map(Number);
    return new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", ...o }).format(new Date(Date.UTC(y, m - 1, d)));
  };
  if (first === last) return f(first, { day: "numeric", month: "long", year: "numeric" });
  if (first.slice(0, 7) === last.slice(0, 7)) {
    return `${f(first, { day: "numeric" })}–${f(last, { day: "numeric", month: "long", year: "numeric" })}`;
  }
  if (first.slice(0, 4) === last.slice(0, 4)) {
    return `${f(first, { day: "numeric", month: "long" })} – ${f(last, { day: "numeric", month: "long", year: "numeric" })}`;
  }
  return `${f(first, { day: "numeric", month: "long", year: "numeric" })} – ${f(last, { day: "numeric", month: "long", year: "numeric" })}`;
}

/** A Prisma `@db.Date` value (midnight UTC) as YYYY-MM-DD. */
export function dateOnly(value: Date): DateString {
  return value.toISOString().slice(0, 10);
}

/** YYYY-MM-DD as the Date Prisma expects for a `@db.Date` column. */
export function dateOnlyToDate(day: DateString): Date {
  if (!DATE_RE.test(day)) throw new RangeError(`Not a date: ${day}`);
  return new Date(`${day}T00:00:00.000Z`);
}

/** Every day from first to last inclusive. */
export function daysBetween(first: DateString, last: DateString): DateString[] {
  const out: DateString[] = [];
  for (let t = dateOnlyToDate(first).getTime(); t <= dateOnlyToDate(last).getTime(); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** The UTC instants where a forum-local day starts and the next one starts (a day may last 23 or 25 hours). */
export function dayBoundsUtc(day: DateString, zone: string): { start: Date; end: Date } {
  const next = new Date(dateOnlyToDate(day).getTime() + 86_400_000).toISOString().slice(0, 10);
  return { start: zonedToUtc(day, "00:00", zone), end: zonedToUtc(next, "00:00", zone) };
}

/** True if [aStart, aEnd) and [bStart, bEnd) overlap; back-to-back intervals do not. */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}
