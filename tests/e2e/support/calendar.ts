import ical from "node-ical";

export type CalendarEvent = { uid: string; summary: string; start: Date; end: Date; location?: string; description?: string };

/** The VEVENTs of an iCalendar text, as a calendar app would read them. */
export function eventsIn(ics: string): CalendarEvent[] {
  if (!ics.startsWith("BEGIN:VCALENDAR")) throw new Error(`Not an iCalendar file:\n${ics.slice(0, 300)}`);
  const parsed = ical.sync.parseICS(ics);
  return Object.values(parsed)
    .filter((c): c is ical.VEvent => !!c && c.type === "VEVENT")
    .map((e) => ({
      uid: e.uid,
      summary: typeof e.summary === "string" ? e.summary : String((e.summary as { val?: string })?.val ?? e.summary),
      start: new Date(e.start as unknown as string),
      end: new Date(e.end as unknown as string),
      location: typeof e.location === "string" ? e.location : undefined,
      description: typeof e.description === "string" ? e.description : undefined,
    }));
}
