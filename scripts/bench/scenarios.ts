// What the benchmark loads: the pages and feeds most visitors and organisers hit around a forum.
import { BENCH_FORUM_SLUG } from "./load";

export type Scenario = {
  name: string;
  description: string;
  path: string;
  /** Needs the organiser's session cookie. */
  organiser?: boolean;
  /** Text the response must contain: a page that answers 200 with the wrong content still fails. */
  expect: string;
};

export function scenarios({ forumId }: { forumId: string }): Scenario[] {
  const forum = `/forums/${BENCH_FORUM_SLUG}`;
  return [
    { name: "home", description: "Home page: upcoming and past forums", path: "/", expect: "Upcoming forums" },
    { name: "agenda-list", description: "Public agenda, list by day", path: `${forum}/agenda?view=list`, expect: "Following the money" },
    { name: "agenda-grid", description: "Public agenda, room grid", path: `${forum}/agenda?view=grid`, expect: "Following the money" },
    { name: "agenda-search", description: "Agenda search (titles, abstracts, presenters)", path: `${forum}/agenda?q=recruitment`, expect: "Ethical recruitment in practice" },
    { name: "session", description: "One session's page", path: `${forum}/sessions/seed-gabf2027-d1-money`, expect: "Following the money" },
    { name: "calendar-ics", description: "Public calendar feed (.ics)", path: `/api/calendar/forums/${BENCH_FORUM_SLUG}.ics`, expect: "BEGIN:VCALENDAR" },
    { name: "news-list", description: "News list", path: "/news", expect: "scam centres" },
    { name: "news-rss", description: "News RSS feed", path: "/api/news/feed", expect: "<rss" },
    {
      name: "manage-registrations",
      description: "Organiser's registrations queue (signed in)",
      path: `/manage/forums/${forumId}/registrations`,
      organiser: true,
      expect: "Pending decision",
    },
  ];
}
