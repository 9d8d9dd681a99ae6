// Demo forums written from public facts about the Bali Process Government and Business Forum.
// People's names are invented for the demo; their roles follow the public record.
import type { PresenterRole, SessionKind, SessionVisibility } from "@/lib/generated/prisma/enums";

export type SeedSession = {
  id: string;
  day: number; // 0-based day of the forum
  start: string; // HH:mm in the forum's zone
  end: string;
  title: string;
  abstract: string;
  kind: SessionKind;
  room?: string;
  track?: string;
  visibility?: SessionVisibility;
  chathamHouse?: boolean;
  expectedAttendance?: number;
  presenters?: { slug: string; role: PresenterRole }[];
};

export type SeedForum = {
  slug: string;
  name: string;
  description: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  status: "draft" | "published" | "archived";
  agendaPublished: boolean;
  capacity?: number;
  organisationCap?: number;
  registration?: { opensAt: string; closesAt: string };
  rooms: { name: string; capacity?: number }[];
  tracks: { name: string; colour: string }[];
  sessions: SeedSession[];
};

/**
 * The demo's upcoming forum always lies ahead: a Tuesday and Wednesday at least ten weeks from today, with
 * registration open since a month ago and closing two weeks before the forum. A fixed date would turn the demo
 * (and every test built on it) into a past forum one day.
 */
export function upcomingForumDates(today = new Date()) {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 70));
  while (day.getUTCDay() !== 2) day.setUTCDate(day.getUTCDate() + 1);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const endsOn = new Date(day.getTime() + 86_400_000);
  const closes = new Date(day.getTime() - 14 * 86_400_000);
  const opens = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 30));
  return {
    year: day.getUTCFullYear(),
    startsOn: iso(day),
    endsOn: iso(endsOn),
    // Midnight in Bali (UTC+8) on the closing day.
    registration: { opensAt: opens.toISOString(), closesAt: new Date(closes.getTime() - 8 * 3_600_000).toISOString() },
  };
}

export const UPCOMING = upcomingForumDates();
export const UPCOMING_FORUM_SLUG = `gabf-${UPCOMING.year}-bali`;
export const UPCOMING_FORUM_NAME = `Government and Business Forum ${UPCOMING.year}`;

export const presenters = [
  {
    slug: "dewi-kartika",
    name: "Dewi Kartika",
    title: "Co-Manager, Bali Process Regional Support Office",
    organisation: "Bali Process Regional Support Office",
    country: "Indonesia",
    bio: "Leads the Regional Support Office's programme of work with member states, including its engagement with the private sector on trafficking and forced labour.",
  },
  {
    slug: "samuel-hartley",
    name: "Samuel Hartley",
    title: "Programme Manager, Transnational Crime and Technology",
    organisation: "Bali Process Regional Support Office",
    country: "Australia",
    bio: "Runs the Regional Support Office's research and training on technology-enabled crime, including the policy brief on trafficking into online scam centres.",
  },
  {
    slug: "helen-marsh",
    name: "Helen Marsh",
    title: "Senior Official Co-Chair for the Bali Process",
    organisation: "Government of Australia",
    country: "Australia",
    bio: "Represents Australia as Senior Official Co-Chair, working with Indonesia to steer the Bali Process and its Government and Business Forum.",
  },
  {
    slug: "arif-rahman",
    name: "Arif Rahman",
    title: "Director, Transnational Crime",
    organisation: "Ministry of Foreign Affairs, Indonesia",
    country: "Indonesia",
    bio: "Coordinates Indonesia's work as Bali Process co-chair on people smuggling and trafficking in persons.",
  },
  {
    slug: "grace-villanueva",
    name: "Grace Villanueva",
    title: "Head of Responsible Sourcing",
    organisation: "Pacific Apparel Group",
    country: "Philippines",
    bio: "Builds supplier audit and worker-voice programmes across garment factories in Southeast Asia.",
  },
  {
    slug: "kenji-watanabe",
    name: "Kenji Watanabe",
    title: "Chief Compliance Officer",
    organisation: "Asia Pacific Bank",
    country: "Japan",
    bio: "Oversees financial crime compliance, including typologies that help banks spot payments linked to scam compounds.",
  },
  {
    slug: "priya-nair",
    name: "Priya Nair",
    title: "Trust and Safety Lead, Asia Pacific",
    organisation: "ConnectSphere",
    country: "Singapore",
    bio: "Leads the teams that remove recruitment posts used to lure people into forced criminality and share evidence with law enforcement.",
  },
  {
    slug: "tomas-reyes",
    name: "Tomás Reyes",
    title: "Managing Director",
    organisation: "FairHire Recruitment",
    country: "Malaysia",
    bio: "Runs an ethical recruitment agency that charges no fees to workers.",
  },
];

export const forums: SeedForum[] = [
  {
    slug: "gabf-2017-perth",
    name: "Government and Business Forum 2017",
    description:
      "The first Bali Process Government and Business Forum brought business leaders into the region's work against human trafficking, forced labour and related exploitation.",
    venue: "Perth Convention and Exhibition Centre",
    city: "Perth",
    country: "Australia",
    timeZone: "Australia/Perth",
    startsOn: "2017-08-24",
    endsOn: "2017-08-25",
    status: "archived",
    agendaPublished: true,
    rooms: [],
    tracks: [],
    sessions: [],
  },
  {
    slug: "gabf-2018-bali",
    name: "Government and Business Forum 2018",
    description:
      "More than 350 participants from 52 countries met in Nusa Dua. Governments and businesses endorsed the \"Acknowledge, Act, Advance\" recommendations on supply-chain transparency, the treatment of workers, ethical recruitment, and safeguards and remedies.",
    venue: "Bali International Convention Centre",
    city: "Nusa Dua, Bali",
    country: "Indonesia",
    timeZone: "Asia/Makassar",
    startsOn: "2018-08-06",
    endsOn: "2018-08-07",
    status: "archived",
    agendaPublished: true,
    rooms: [],
    tracks: [],
    sessions: [],
  },
  {
    slug: "gabf-2023",
    name: "Government and Business Forum 2023",
    description:
      "Government and business members of the forum met to take stock of trafficking into online scam centres and what the private sector can do about it.",
    venue: "Regional Support Office conference hall",
    city: "Bangkok",
    country: "Thailand",
    timeZone: "Asia/Bangkok",
    startsOn: "2023-08-21",
    endsOn: "2023-08-22",
    status: "published",
    agendaPublished: true,
    capacity: 200,
    rooms: [{ name: "Main Hall", capacity: 220 }, { name: "Meeting Room 2", capacity: 40 }],
    tracks: [{ name: "Technology and scams", colour: "#1d4ed8" }],
    sessions: [
      {
        id: "seed-gabf2023-opening",
        day: 0,
        start: "09:00",
        end: "10:00",
        title: "Opening by the co-chairs",
        abstract: "Welcome from the co-chairs and an overview of the forum's work since 2018.",
        kind: "plenary",
        room: "Main Hall",
        presenters: [{ slug: "helen-marsh", role: "co_chair" }, { slug: "arif-rahman", role: "co_chair" }],
      },
      {
        id: "seed-gabf2023-trapped-in-deceit",
        day: 0,
        start: "10:30",
        end: "12:00",
        title: "Trapped in Deceit: trafficking into online scam centres",
        abstract:
          "The Regional Support Office presents its policy brief on people trafficked into online scam centres across Southeast Asia, and asks what businesses can do to disrupt them.",
        kind: "panel",
        room: "Main Hall",
        track: "Technology and scams",
        presenters: [
          { slug: "dewi-kartika", role: "speaker" },
          { slug: "samuel-hartley", role: "speaker" },
          { slug: "helen-marsh", role: "moderator" },
        ],
      },
    ],
  },
  {
    slug: UPCOMING_FORUM_SLUG,
    name: UPCOMING_FORUM_NAME,
    description:
      "Two days on forced criminality in scam centres, ethical recruitment and remedy for survivors. Member-state officials and business leaders from banking, technology and social media platforms, recruitment and manufacturing will agree on practical next steps.\n\nBusiness participants register from this page; places are confirmed by the organisers.",
    venue: "Bali International Convention Centre",
    city: "Nusa Dua, Bali",
    country: "Indonesia",
    timeZone: "Asia/Makassar",
    startsOn: UPCOMING.startsOn,
    endsOn: UPCOMING.endsOn,
    status: "published",
    agendaPublished: false,
    capacity: 350,
    organisationCap: 3,
    registration: UPCOMING.registration,
    rooms: [
      { name: "Nusantara Hall", capacity: 400 },
      { name: "Uluwatu Room", capacity: 80 },
      { name: "Kintamani Room", capacity: 40 },
    ],
    tracks: [
      { name: "Supply chains and recruitment", colour: "#0f766e" },
      { name: "Technology and online scams", colour: "#1d4ed8" },
      { name: "Finance and remedy", colour: "#b45309" },
    ],
    sessions: [
      { id: "seed-gabf2027-d1-arrival", day: 0, start: "08:00", end: "09:00", title: "Arrival, badges and coffee", abstract: "Collect your badge at the registration desk in the foyer.", kind: "break" },
      {
        id: "seed-gabf2027-d1-opening",
        day: 0, start: "09:00", end: "10:00",
        title: "Opening plenary: a shared agenda against forced criminality",
        abstract: "The co-chairs open the forum and set out what governments expect of business partners in the year ahead.",
        kind: "plenary", room: "Nusantara Hall", expectedAttendance: 350,
        presenters: [{ slug: "helen-marsh", role: "co_chair" }, { slug: "arif-rahman", role: "co_chair" }],
      },
      { id: "seed-gabf2027-d1-break1", day: 0, start: "10:00", end: "10:30", title: "Morning break", abstract: "", kind: "break" },
      {
        id: "seed-gabf2027-d1-recruitment",
        day: 0, start: "10:30", end: "12:00",
        title: "Ethical recruitment in practice: ending worker-paid fees",
        abstract: "Recruiters and brands compare what it took to stop charging workers for their jobs, and what governments can do to make it the norm.",
        kind: "panel", room: "Uluwatu Room", track: "Supply chains and recruitment", expectedAttendance: 70,
        presenters: [{ slug: "tomas-reyes", role: "speaker" }, { slug: "grace-villanueva", role: "moderator" }],
      },
      {
        id: "seed-gabf2027-d1-ads-workshop",
        day: 0, start: "10:30", end: "12:00",
        title: "Workshop: spotting scam-centre recruitment adverts",
        abstract: "A hands-on session with real (anonymised) job adverts used to lure people into scam compounds, and the signals that give them away.",
        kind: "workshop", room: "Kintamani Room", track: "Technology and online scams", expectedAttendance: 35,
        presenters: [{ slug: "priya-nair", role: "speaker" }, { slug: "samuel-hartley", role: "speaker" }],
      },
      { id: "seed-gabf2027-d1-lunch", day: 0, start: "12:00", end: "13:30", title: "Lunch", abstract: "", kind: "break" },
      {
        id: "seed-gabf2027-d1-money",
        day: 0, start: "13:30", end: "15:00",
        title: "Following the money: banks against scam compounds",
        abstract: "How anti-money-laundering controls, shared typologies and faster reporting can cut off the proceeds of scam centres.",
        kind: "panel", room: "Nusantara Hall", track: "Finance and remedy", expectedAttendance: 250,
        presenters: [{ slug: "kenji-watanabe", role: "speaker" }, { slug: "dewi-kartika", role: "moderator" }],
      },
      {
        id: "seed-gabf2027-d1-closed-consultation",
        day: 0, start: "13:30", end: "15:00",
        title: "Government consultation on victim identification and non-punishment",
        abstract: "Member-state officials compare screening practice for people rescued from scam centres. Closed to business participants and the public.",
        kind: "workshop", room: "Kintamani Room", visibility: "delegates", expectedAttendance: 30,
        presenters: [{ slug: "arif-rahman", role: "moderator" }],
      },
      {
        id: "seed-gabf2027-d1-platforms",
        day: 0, start: "15:30", end: "17:00",
        title: "Roundtable: platform takedowns and evidence sharing",
        abstract: "Platforms, investigators and prosecutors discuss removing trafficking-related posts quickly while keeping the evidence prosecutors need. Held under the Chatham House rule.",
        kind: "panel", room: "Uluwatu Room", track: "Technology and online scams", visibility: "registered", chathamHouse: true, expectedAttendance: 60,
        presenters: [{ slug: "priya-nair", role: "speaker" }, { slug: "samuel-hartley", role: "moderator" }],
      },
      { id: "seed-gabf2027-d1-reception", day: 0, start: "18:30", end: "20:30", title: "Side event: welcome reception", abstract: "Hosted by the co-chairs on the terrace.", kind: "side_event" },
      {
        id: "seed-gabf2027-d2-progress",
        day: 1, start: "09:00", end: "10:30",
        title: "Acknowledge, Act, Advance: progress since 2018",
        abstract: "Businesses report what they have changed since the 2018 recommendations on transparency, treatment of workers, recruitment and remedy.",
        kind: "plenary", room: "Nusantara Hall", expectedAttendance: 300,
        presenters: [{ slug: "dewi-kartika", role: "speaker" }, { slug: "grace-villanueva", role: "speaker" }],
      },
      {
        id: "seed-gabf2027-d2-audits",
        day: 1, start: "11:00", end: "12:30",
        title: "Workshop: supplier audits that hear workers",
        abstract: "Designing audits and grievance channels that workers trust, with lessons from garment and seafood supply chains.",
        kind: "workshop", room: "Uluwatu Room", track: "Supply chains and recruitment", expectedAttendance: 60,
        presenters: [{ slug: "grace-villanueva", role: "speaker" }],
      },
      {
        id: "seed-gabf2027-d2-remedy",
        day: 1, start: "11:00", end: "12:30",
        title: "Remedy and support for survivors",
        abstract: "What survivors of forced criminality need from employers, banks and platforms once they are free.",
        kind: "panel", room: "Kintamani Room", track: "Finance and remedy", expectedAttendance: 40,
        presenters: [{ slug: "kenji-watanabe", role: "speaker" }, { slug: "tomas-reyes", role: "speaker" }],
      },
      { id: "seed-gabf2027-d2-lunch", day: 1, start: "12:30", end: "13:30", title: "Lunch", abstract: "", kind: "break" },
      {
        id: "seed-gabf2027-d2-closing",
        day: 1, start: "13:30", end: "15:00",
        title: "Closing plenary: commitments for 2027",
        abstract: "Working groups report back and the co-chairs close the forum.",
        kind: "plenary", room: "Nusantara Hall", expectedAttendance: 300,
        presenters: [{ slug: "helen-marsh", role: "co_chair" }, { slug: "arif-rahman", role: "co_chair" }],
      },
    ],
  },
];
