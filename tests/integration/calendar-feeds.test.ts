import { beforeAll, describe, expect, it } from "vitest";
import ical, { type VEvent } from "node-ical";
import { testDb } from "../support/db";
import { signInAs } from "../support/auth";
import { ALL_KEYS, EXPECTED, MARKERS, arrangeAgenda, markersIn, type Fixture, type MarkerKey } from "./agenda-fixture";
import { GET as forumFeed } from "@/app/api/calendar/forums/[slug]/route";
import { GET as sessionFile } from "@/app/api/calendar/sessions/[sessionId]/route";
import { GET as privateFeed } from "@/app/api/calendar/feeds/[token]/route";
import { createCalendarFeedAction, revokeCalendarFeedAction } from "@/lib/agenda/actions";
import type { CurrentUser } from "@/lib/auth/roles";

let fx: Fixture;
beforeAll(async () => {
  fx = await arrangeAgenda();
});

const req = () => new Request("http://test/");
const sorted = (keys: MarkerKey[]) => [...keys].sort();
// Calendars carry published agendas only: no drafts and no unpublished forum, for organisers too.
const forCalendar = (keys: MarkerKey[]) => sorted(keys.filter((k) => k !== "draft" && k !== "unpublished"));

async function getForumFeed(slug: string) {
  return forumFeed(req(), { params: Promise.resolve({ slug }) });
}
async function getSessionFile(sessionId: string) {
  return sessionFile(req(), { params: Promise.resolve({ sessionId }) });
}
async function getPrivateFeed(token: string) {
  return privateFeed(req(), { params: Promise.resolve({ token }) });
}

// node-ical gives a property with parameters (URL;VALUE=URI:...) as { params, val }.
const value = (v: unknown) => String(v && typeof v === "object" && "val" in v ? (v as { val: unknown }).val : v);

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
}

async function newFeed(user: CurrentUser, scope: "bookmarks" | "all_visible") {
  signInAs(user);
  const result = await createCalendarFeedAction({ scope });
  if (!result.ok) throw new Error(`feed not created: ${result.message}`);
  return result.data.url.split("/").pop()!;
}

describe("the public feed of a forum", () => {
  it("lists exactly the public sessions whoever asks, parsed by an independent iCalendar parser", async () => {
    for (const viewer of [null, fx.viewers.delegate, fx.viewers.organiser]) {
      signInAs(viewer);
      const response = await getForumFeed(fx.forum.slug);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      const text = await response.text();
      expect(sorted(markersIn(text))).toEqual(forCalendar(EXPECTED.anonymous));
      const byUid = new Map(events(text).map((e) => [e.uid, e]));
      expect([...byUid.keys()].sort()).toEqual(EXPECTED.anonymous.map((k) => `${fx.sessions[k].id}@balai`).sort());
      for (const key of EXPECTED.anonymous) {
        const session = fx.sessions[key];
        const event = byUid.get(`${session.id}@balai`)!;
        expect(event.start.toISOString(), key).toBe(session.startsAt.toISOString());
        expect(event.end?.toISOString(), key).toBe(session.endsAt.toISOString());
        expect(Number(event.sequence), key).toBe(session.version);
        expect(event.status, key).toBe(key === "cancelled" ? "CANCELLED" : "CONFIRMED");
        expect(value(event.location)).toContain("Main Hall");
        expect(value(event.url)).toContain(`/forums/${fx.forum.slug}/sessions/${session.id}`);
      }
      expect(value(byUid.get(`${fx.sessions.chatham.id}@balai`)!.description)).toContain("Chatham House rule");
    }
  });

  it("is a 404 for a forum whose agenda is unpublished or that does not exist", async () => {
    signInAs(fx.viewers.organiser);
    expect((await getForumFeed(fx.hidden.slug)).status).toBe(404);
    expect((await getForumFeed("no-such-forum")).status).toBe(404);
  });
});

describe("the per-session calendar file", () => {
  it.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])("serves %s exactly the sessions they may see", async (name) => {
    signInAs(fx.viewers[name]);
    for (const key of ALL_KEYS) {
      const response = await getSessionFile(fx.sessions[key].id);
      const text = await response.text();
      if (EXPECTED[name].includes(key)) {
        expect(response.status, `${name} ${key}`).toBe(200);
        expect(markersIn(text)).toEqual([key]);
        const [event] = events(text);
        expect(event.uid).toBe(`${fx.sessions[key].id}@balai`);
        expect(event.start.toISOString()).toBe(fx.sessions[key].startsAt.toISOString());
        expect(response.headers.get("content-disposition")).toContain("attachment");
      } else {
        expect(response.status, `${name} ${key}`).toBe(404);
        expect(markersIn(text)).toEqual([]);
      }
    }
    expect((await getSessionFile("no-such-session")).status).toBe(404);
  });

  it("keeps closed sessions out of shared caches", async () => {
    signInAs(fx.viewers.delegate);
    expect((await getSessionFile(fx.sessions.delegates.id)).headers.get("cache-control")).toContain("private");
  });
});

describe("private feeds", () => {
  it("give each owner their bookmarked sessions as they may see them now, never a closed one they lost access to", async () => {
    const db = testDb();
    for (const name of ["attendee", "approved", "delegate", "organiser"] as const) {
      const user = fx.viewers[name]!;
      // Bookmarks on every session, as if some were saved before the session was closed to this user.
      await db.agendaBookmark.createMany({ data: ALL_KEYS.map((k) => ({ userId: user.id, sessionId: fx.sessions[k].id })), skipDuplicates: true });
      const token = await newFeed(user, "bookmarks");
      signInAs(null); // calendar apps call without a session cookie
      const response = await getPrivateFeed(token);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toContain("no-store");
      const text = await response.text();
      expect(sorted(markersIn(text)), name).toEqual(forCalendar(EXPECTED[name]));
      expect(events(text)).toHaveLength(forCalendar(EXPECTED[name]).length);
    }
  });

  it("offer delegates every session they may see without bookmarks, and refuse that scope to attendees", async () => {
    const token = await newFeed(fx.viewers.delegate!, "all_visible");
    const text = await (await getPrivateFeed(token)).text();
    expect(sorted(markersIn(text))).toEqual(forCalendar(EXPECTED.delegate));

    signInAs(fx.viewers.approved);
    const refused = await createCalendarFeedAction({ scope: "all_visible" });
    expect(refused).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { scope: expect.any(Array) } });
    expect(await testDb().calendarFeed.count({ where: { userId: fx.viewers.approved!.id, scope: "all_visible" } })).toBe(0);
  });

  it("stop carrying closed sessions as soon as their owner is demoted", async () => {
    const db = testDb();
    const { createUser } = await import("../support/auth");
    const official = await createUser("delegate");
    const token = await newFeed(official, "all_visible");
    expect(await (await getPrivateFeed(token)).text()).toContain(MARKERS.delegates);
    await db.user.update({ where: { id: official.id }, data: { role: "attendee" } });
    const after = await (await getPrivateFeed(token)).text();
    expect(after).not.toContain(MARKERS.delegates);
    expect(after).not.toContain(MARKERS.registered);
  });

  it("regenerating revokes the old link; revoking turns a link off; unknown and malformed links are 404", async () => {
    const user = fx.viewers.approved!;
    const first = await newFeed(user, "bookmarks");
    const second = await newFeed(user, "bookmarks");
    expect((await getPrivateFeed(first)).status).toBe(404);
    expect((await getPrivateFeed(second)).status).toBe(200);
    expect(await testDb().calendarFeed.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);

    // Only the hash is stored.
    const stored = await testDb().calendarFeed.findMany({ where: { userId: user.id }, select: { tokenHash: true } });
    expect(stored.some((f) => f.tokenHash === second)).toBe(false);

    const feed = await testDb().calendarFeed.findFirstOrThrow({ where: { userId: user.id, revokedAt: null } });
    signInAs(fx.viewers.attendee);
    expect(await revokeCalendarFeedAction({ feedId: feed.id })).toMatchObject({ ok: false, code: "not_found" });
    expect((await getPrivateFeed(second)).status).toBe(200);
    signInAs(user);
    expect(await revokeCalendarFeedAction({ feedId: feed.id })).toMatchObject({ ok: true });
    expect((await getPrivateFeed(second)).status).toBe(404);

    expect((await getPrivateFeed("A".repeat(43))).status).toBe(404);
    expect((await getPrivateFeed("not-a-token")).status).toBe(404);
    expect((await getPrivateFeed(`${"x".repeat(10)}'; drop table`)).status).toBe(404);
  });

  it("leave exactly one live link when regenerated twice at the same moment", async () => {
    const { createUser } = await import("../support/auth");
    const user = await createUser("attendee");
    signInAs(user);
    const results = await Promise.all(Array.from({ length: 4 }, () => createCalendarFeedAction({ scope: "bookmarks" })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await testDb().calendarFeed.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    const live = await Promise.all(results.map(async (r) => (r.ok ? (await getPrivateFeed(r.data.url.split("/").pop()!)).status : 0)));
    expect(live.filter((status) => status === 200)).toHaveLength(1);
  });

  it("are refused to anonymous callers and validate their input", async () => {
    signInAs(null);
    expect(await createCalendarFeedAction({ scope: "bookmarks" })).toMatchObject({ ok: false, code: "unauthenticated" });
    signInAs(fx.viewers.attendee);
    expect(await createCalendarFeedAction({ scope: "everything" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { scope: expect.any(Array) } });
    expect(await revokeCalendarFeedAction({})).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { feedId: expect.any(Array) } });
  });
});

describe("updates reach subscribers instead of duplicating", () => {
  it("keeps the UID, raises SEQUENCE, moves DTSTART, and sends a cancellation as STATUS:CANCELLED", async () => {
    const db = testDb();
    const session = await db.forumSession.create({
      data: { forumId: fx.forum.id, title: "Moving session", startsAt: new Date("2027-08-05T03:00:00Z"), endsAt: new Date("2027-08-05T04:00:00Z"), status: "published" },
    });
    signInAs(null);
    const before = events(await (await getForumFeed(fx.forum.slug)).text()).find((e) => e.uid === `${session.id}@balai`)!;
    expect(Number(before.sequence)).toBe(1);

    await db.forumSession.update({ where: { id: session.id }, data: { startsAt: new Date("2027-08-05T05:00:00Z"), endsAt: new Date("2027-08-05T06:30:00Z"), version: 2 } });
    const moved = events(await (await getForumFeed(fx.forum.slug)).text()).filter((e) => e.summary?.toString().includes("Moving session"));
    expect(moved).toHaveLength(1);
    expect(moved[0].uid).toBe(`${session.id}@balai`);
    expect(Number(moved[0].sequence)).toBe(2);
    expect(moved[0].start.toISOString()).toBe("2027-08-05T05:00:00.000Z");
    expect(moved[0].status).toBe("CONFIRMED");

    await db.forumSession.update({ where: { id: session.id }, data: { status: "cancelled", version: 3 } });
    const cancelled = events(await (await getSessionFile(session.id)).text())[0];
    expect(cancelled.uid).toBe(`${session.id}@balai`);
    expect(Number(cancelled.sequence)).toBe(3);
    expect(cancelled.status).toBe("CANCELLED");
    await db.forumSession.delete({ where: { id: session.id } });
  });
});
