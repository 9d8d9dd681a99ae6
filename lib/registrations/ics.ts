import ical from "ical-generator";

export type ForumForCalendar = {
  id: string;
  slug: string;
  name: string;
  description: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsOn: Date; // @db.Date, midnight UTC
  endsOn: Date;
};

/**
 * The forum as one all-day event (DATE values, so it lands on the right days in every calendar app whatever
 * the reader's zone). The agenda's sessions have their own calendar feeds; this file is the attendee's hold.
 */
/**
 * The file carries the forum's public page as its link, never the manage link: calendar entries are shared,
 * synced to other services and forwarded with invitations, and whoever holds the manage link can act as the registrant.
 */
export function forumCalendar(forum: ForumForCalendar, opts: { url: string; attendeeName?: string }): string {
  const cal = ical({ name: forum.name, prodId: { company: "Balai", product: "Bali Process forums", language: "EN" } });
  cal.createEvent({
    id: `forum-${forum.id}@balai`,
    start: forum.startsOn,
    end: new Date(forum.endsOn.getTime() + 86_400_000), // DTEND of an all-day event is exclusive
    allDay: true,
    summary: forum.name,
    description: [
      forum.description.slice(0, 1500),
      `Local time: ${forum.timeZone.replace(/_/g, " ")}.`,
      `Forum page: ${opts.url}`,
    ]
      .filter(Boolean)
      .join("\n\n"),
    location: [forum.venue, forum.city, forum.country].filter(Boolean).join(", "),
    url: opts.url,
  });
  return cal.toString();
}

export function calendarFileName(forum: { slug: string }): string {
  return `${forum.slug}.ics`;
}
