// Shared arrangement for the agenda and calendar tests: one forum with a session of every visibility and status,
// each carrying unique marker text in its title, abstract and presenter name, so a leak is caught by a search.
import { inflateSync } from "node:zlib";
import { prerender } from "react-dom/static";
import type { ReactNode } from "react";
import { testDb } from "../support/db";
import { createUser } from "../support/auth";
import { zonedToUtc } from "@/lib/time";
import type { CurrentUser } from "@/lib/auth/roles";

export const ZONE = "Asia/Makassar";
export const DAY1 = "2027-08-05";
export const DAY2 = "2027-08-06";

export const MARKERS = {
  public: "MARKER-PUBLIC-1a2b",
  registered: "MARKER-REGISTERED-4c5d",
  delegates: "MARKER-DELEGATES-7f3a",
  chatham: "MARKER-CHATHAM-9e8d",
  cancelled: "MARKER-CANCELLED-6b1c",
  draft: "MARKER-DRAFT-2d4e",
  unpublished: "MARKER-UNPUBLISHED-5a0f",
} as const;
export type MarkerKey = keyof typeof MARKERS;
export const ALL_KEYS = Object.keys(MARKERS) as MarkerKey[];

export type Fixture = Awaited<ReturnType<typeof arrangeAgenda>>;

/** What each kind of viewer may see of the fixture (pages, search, per-session files). */
// A registrant whose registration is pending, waitlisted, declined or cancelled sees only what the public sees:
// "registered" means an approved seat.
export const EXPECTED: Record<"anonymous" | "attendee" | "pending" | "waitlisted" | "declined" | "cancelled" | "approved" | "delegate" | "organiser", MarkerKey[]> = {
  anonymous: ["public", "chatham", "cancelled"],
  attendee: ["public", "chatham", "cancelled"],
  pending: ["public", "chatham", "cancelled"],
  waitlisted: ["public", "chatham", "cancelled"],
  declined: ["public", "chatham", "cancelled"],
  cancelled: ["public", "chatham", "cancelled"],
  approved: ["public", "chatham", "cancelled", "registered"],
  delegate: ["public", "chatham", "cancelled", "registered", "delegates"],
  organiser: ["public", "chatham", "cancelled", "registered", "delegates", "draft", "unpublished"],
};

export async function arrangeAgenda() {
  const db = testDb();
  const forum = await db.forum.create({
    data: {
      slug: "gabf-test",
      name: "Test Forum",
      venue: "Test Convention Centre",
      city: "Nusa Dua",
      country: "Indonesia",
      timeZone: ZONE,
      startsOn: new Date(`${DAY1}T00:00:00Z`),
      endsOn: new Date(`${DAY2}T00:00:00Z`),
      status: "published",
      agendaPublishedAt: new Date("2027-06-01T00:00:00Z"),
      rooms: { create: [{ name: "Main Hall", position: 0 }, { name: "Side Room", position: 1 }] },
      tracks: { create: [{ name: "Technology", colour: "#1d4ed8" }] },
    },
    include: { rooms: true, tracks: true },
  });
  // A published forum whose agenda is still a draft: only organisers see any of it.
  const hidden = await db.forum.create({
    data: {
      slug: "gabf-hidden",
      name: "Hidden Agenda Forum",
      timeZone: ZONE,
      startsOn: new Date(`${DAY1}T00:00:00Z`),
      endsOn: new Date(`${DAY1}T00:00:00Z`),
      status: "published",
    },
  });
  const [main, side] = forum.rooms.sort((a, b) => a.position - b.position);
  const track = forum.tracks[0];

  const make = async (key: MarkerKey, data: { start: string; end: string; day?: string; visibility?: "public" | "registered" | "delegates"; status?: "draft" | "published" | "cancelled"; chathamHouse?: boolean; roomId?: string | null; forumId?: string; version?: number }) => {
    const marker = MARKERS[key];
    const presenter = await db.presenter.create({ data: { slug: `presenter-${key}`, name: `Presenter ${marker}-NAME`, organisation: `Org ${marker}-ORG` } });
    return db.forumSession.create({
      data: {
        forumId: data.forumId ?? forum.id,
        title: `Session ${marker}`,
        abstract: `Abstract ${marker}-ABSTRACT`,
        kind: "panel",
        startsAt: zonedToUtc(data.day ?? DAY1, data.start, ZONE),
        endsAt: zonedToUtc(data.day ?? DAY1, data.end, ZONE),
        roomId: data.roomId === undefined ? main.id : data.roomId,
        trackId: track.id,
        visibility: data.visibility ?? "public",
        status: data.status ?? "published",
        chathamHouse: data.chathamHouse ?? false,
        version: data.version ?? 1,
        presenters: { create: [{ presenterId: presenter.id, role: "speaker" }] },
      },
    });
  };

  const sessions = {
    public: await make("public", { start: "09:00", end: "10:00" }),
    registered: await make("registered", { start: "09:30", end: "10:30", visibility: "registered", roomId: side.id }),
    delegates: await make("delegates", { start: "11:00", end: "12:00", visibility: "delegates", roomId: side.id }),
    chatham: await make("chatham", { start: "14:00", end: "15:00", chathamHouse: true, day: DAY2 }),
    cancelled: await make("cancelled", { start: "16:00", end: "17:00", status: "cancelled", version: 3 }),
    draft: await make("draft", { start: "13:00", end: "14:00", status: "draft", roomId: null }),
    unpublished: await make("unpublished", { start: "09:00", end: "10:00", forumId: hidden.id, roomId: null }),
  };

  const anonymous = null;
  const attendee = await createUser("attendee");
  const approved = await createUser("attendee");
  const pending = await createUser("attendee");
  const waitlisted = await createUser("attendee");
  const declined = await createUser("attendee");
  const cancelled = await createUser("attendee");
  const delegate = await createUser("delegate");
  const organiser = await createUser("organiser");
  let n = 0;
  for (const [user, status] of [[approved, "approved"], [pending, "pending"], [waitlisted, "waitlisted"], [declined, "declined"], [cancelled, "cancelled"]] as const) {
    n += 1;
    await db.registration.create({
      data: {
        forumId: forum.id,
        email: user.email,
        fullName: user.name ?? "Someone",
        status,
        waitlistedAt: status === "waitlisted" ? new Date() : null,
        consentVersion: "test",
        consentAt: new Date(),
        manageTokenHash: `manage-${n}-${user.id}`,
        manageExpiresAt: new Date("2028-01-01T00:00:00Z"),
        checkInCode: `code-${n}-${user.id}`,
      },
    });
  }
  const viewers: Record<keyof typeof EXPECTED, CurrentUser | null> = { anonymous, attendee, pending, waitlisted, declined, cancelled, approved, delegate, organiser };
  return { forum, hidden, rooms: { main, side }, track, sessions, viewers, pending };
}

/** The marker keys whose text occurs in a string (title, abstract, presenter name or organisation alike). */
export function markersIn(text: string): MarkerKey[] {
  return ALL_KEYS.filter((k) => text.includes(MARKERS[k]));
}

/** Renders a server component tree (async components included) to HTML, as the server would send it. */
export async function renderHtml(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  // React separates adjacent text with empty comments; drop them so assertions read like the page.
  return (await new Response(prelude).text()).replaceAll("<!-- -->", "");
}

/** The text drawn in a pdfkit PDF: streams inflated, hex strings of the standard fonts decoded. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    const bytes = Buffer.from(raw.slice(start, end), "latin1");
    let content: string;
    try {
      content = inflateSync(bytes).toString("latin1");
    } catch {
      content = bytes.toString("latin1");
    }
    for (const arr of content.matchAll(/\[(.*?)\]\s*TJ/gs)) {
      out.push([...arr[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1], "hex").toString("latin1")).join(""));
    }
    re.lastIndex = end + "endstream".length;
  }
  return out.join("\n");
}
