import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { signInAs } from "../support/auth";
import { testRequest } from "../support/request";
import { ALL_KEYS, DAY1, EXPECTED, MARKERS, arrangeAgenda, markersIn, pdfText, renderHtml, type Fixture, type MarkerKey } from "./agenda-fixture";
import { getAgendaForum, getAgendaSession, listAgendaSessions, listSitemapSessions, searchAgendaSessionIds } from "@/lib/agenda/queries";
import AgendaPage from "@/app/(public)/forums/[slug]/agenda/page";
import SessionPage from "@/app/(public)/forums/[slug]/sessions/[sessionId]/page";
import { GET as agendaPdf } from "@/app/api/forums/[slug]/agenda-pdf/route";

let fx: Fixture;
beforeAll(async () => {
  fx = await arrangeAgenda();
});

type ViewerName = keyof typeof EXPECTED;
const VIEWERS = Object.keys(EXPECTED) as ViewerName[];
const sorted = (keys: MarkerKey[]) => [...keys].sort();
// Within the published test forum (the unpublished forum's marker is checked separately).
const inForum = (keys: MarkerKey[]) => sorted(keys.filter((k) => k !== "unpublished"));

async function agendaHtml(slug: string, searchParams: Record<string, string> = {}) {
  const element = await AgendaPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(searchParams) });
  return renderHtml(element);
}

async function sessionHtml(slug: string, sessionId: string) {
  const element = await SessionPage({ params: Promise.resolve({ slug, sessionId }) });
  return renderHtml(element);
}

describe.each(VIEWERS)("what %s sees", (name) => {
  const viewer = () => fx.viewers[name];
  const expected = () => EXPECTED[name];

  it("in the agenda query", async () => {
    const sessions = await listAgendaSessions({ forumId: fx.forum.id, viewer: viewer() });
    expect(sorted(markersIn(JSON.stringify(sessions)))).toEqual(inForum(expected()));
  });

  it("in search results, whichever field the words are in", async () => {
    for (const key of ALL_KEYS.filter((k) => k !== "unpublished")) {
      for (const suffix of ["", "-ABSTRACT", "-NAME", "-ORG"]) {
        const ids = await searchAgendaSessionIds({ forumId: fx.forum.id, viewer: viewer(), q: `${MARKERS[key]}${suffix}`.toLowerCase() });
        const shouldMatch = expected().includes(key);
        expect([...ids], `${name} searching ${key}${suffix}`).toEqual(shouldMatch ? [fx.sessions[key].id] : []);
      }
    }
    const broad = await searchAgendaSessionIds({ forumId: fx.forum.id, viewer: viewer(), q: "marker" });
    expect(broad.size).toBe(inForum(expected()).length);
  });

  it("when opening each session by id (hidden and unknown alike are not found)", async () => {
    for (const key of ALL_KEYS) {
      const slug = key === "unpublished" ? fx.hidden.slug : fx.forum.slug;
      const found = await getAgendaSession({ slug, sessionId: fx.sessions[key].id, viewer: viewer() });
      expect(!!found, `${name} opening ${key}`).toBe(expected().includes(key));
    }
    expect(await getAgendaSession({ slug: fx.forum.slug, sessionId: "no-such-session", viewer: viewer() })).toBeNull();
    // A visible session asked for under another forum's slug is not found either.
    expect(await getAgendaSession({ slug: fx.hidden.slug, sessionId: fx.sessions.public.id, viewer: viewer() })).toBeNull();
  });

  it("in the rendered agenda page HTML, including search and filter results", async () => {
    signInAs(viewer());
    const html = await agendaHtml(fx.forum.slug);
    expect(sorted(markersIn(html))).toEqual(inForum(expected()));
    const searched = await agendaHtml(fx.forum.slug, { q: "MARKER", view: "grid" });
    expect(sorted(markersIn(searched))).toEqual(inForum(expected()));
    // Searching for a closed session's words shows nothing of it (and the page does not echo it as a result).
    const probe = await agendaHtml(fx.forum.slug, { q: `${MARKERS.delegates}-ABSTRACT` });
    expect(probe.includes(`Session ${MARKERS.delegates}`)).toBe(expected().includes("delegates"));
    // Presenter filter options come only from sessions the viewer may see.
    expect(html.includes('value="presenter-delegates"')).toBe(expected().includes("delegates"));
  });

  it("in the rendered session pages", async () => {
    signInAs(viewer());
    for (const key of ALL_KEYS) {
      const slug = key === "unpublished" ? fx.hidden.slug : fx.forum.slug;
      if (expected().includes(key)) {
        const html = await sessionHtml(slug, fx.sessions[key].id);
        expect(markersIn(html)).toEqual([key]);
      } else {
        await expect(sessionHtml(slug, fx.sessions[key].id)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      }
    }
  });

  it("in the PDF download", async () => {
    signInAs(viewer());
    const response = await agendaPdf(new Request("http://test/"), { params: Promise.resolve({ slug: fx.forum.slug }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("Test Forum");
    // The PDF prints titles and presenter names (abstracts stay on the web).
    expect(sorted(markersIn(text))).toEqual(inForum(expected()));
  });
});

describe("agenda page rules", () => {
  it("shows an unpublished agenda to organisers only, with a draft banner; others get a 404", async () => {
    for (const name of VIEWERS) {
      signInAs(fx.viewers[name]);
      if (name === "organiser") {
        const html = await agendaHtml(fx.hidden.slug);
        expect(html).toContain("Draft preview");
        expect(html).toContain(MARKERS.unpublished);
      } else {
        expect(await getAgendaForum(fx.hidden.slug, fx.viewers[name])).toBeNull();
        await expect(agendaHtml(fx.hidden.slug)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      }
    }
  });

  it("marks closed, Chatham House and cancelled sessions in words, and strikes cancelled titles through", async () => {
    signInAs(fx.viewers.delegate);
    const html = await agendaHtml(fx.forum.slug, { view: "list" });
    expect(html).toContain("Delegates only");
    expect(html).toContain("Registered participants");
    expect(html).toContain("Chatham House rule");
    expect(html).toContain("Cancelled");
    expect(html).toMatch(new RegExp(`line-through[^>]*>Session ${MARKERS.cancelled}`));
    // Track colour is always next to its name.
    expect(html).toContain("Technology");
  });

  it("labels times with the forum's zone by default and cuts days in the viewer's zone when asked", async () => {
    signInAs(null);
    testRequest.cookies.delete("tz");
    testRequest.cookies.delete("viewer_tz");
    const forumTime = await agendaHtml(fx.forum.slug, { view: "list" });
    expect(forumTime).toContain("09:00");
    expect(forumTime).toContain("WITA, UTC+8");
    expect(forumTime).toContain("Thu, 5 Aug 2027");

    testRequest.cookies.set("viewer_tz", "Pacific/Honolulu");
    testRequest.cookies.set("tz", "local");
    try {
      const local = await agendaHtml(fx.forum.slug, { view: "list" });
      // 09:00 WITA on 5 August is 15:00 HST on 4 August in Honolulu.
      expect(local).toContain("HST, UTC-10");
      expect(local).toContain("Wed, 4 Aug 2027");
      expect(local).not.toContain("WITA, UTC+8</span>");
      const day = await agendaHtml(fx.forum.slug, { view: "list", day: "2027-08-04" });
      expect(day).toContain(`Session ${MARKERS.public}`);
      expect(day).not.toContain(`Session ${MARKERS.chatham}`);

      testRequest.cookies.set("viewer_tz", "Not/A_Zone");
      const forged = await agendaHtml(fx.forum.slug, { view: "list" });
      expect(forged).toContain("WITA, UTC+8");
    } finally {
      testRequest.cookies.delete("tz");
      testRequest.cookies.delete("viewer_tz");
    }
  });

  it("renders the grid as a table with room column headers and time row headers", async () => {
    signInAs(fx.viewers.delegate);
    const html = await agendaHtml(fx.forum.slug, { view: "grid", day: DAY1 });
    expect(html).toMatch(/<th scope="col"[^>]*>Main Hall<\/th>/);
    expect(html).toMatch(/<th scope="col"[^>]*>Side Room<\/th>/);
    expect(html).toMatch(/<th scope="row"[^>]*><time[^>]*>09:00<\/time>/);
    expect(html).toMatch(/rowSpan="2"|rowspan="2"/);
  });

  it("ignores junk in the filters instead of failing", async () => {
    signInAs(null);
    const html = await agendaHtml(fx.forum.slug, { day: "not-a-day", kind: "party", room: "x'--", q: "x".repeat(500) });
    expect(html).toContain("Agenda");
  });
});

describe("sitemap", () => {
  it("lists only sessions an anonymous visitor may open", async () => {
    const entries = await listSitemapSessions();
    const ids = new Set(entries.map((e) => e.sessionId));
    for (const key of ALL_KEYS) expect(ids.has(fx.sessions[key].id), key).toBe(EXPECTED.anonymous.includes(key));
    expect(entries.every((e) => e.forumSlug === fx.forum.slug)).toBe(true);
  });
});

describe("a session that becomes closed", () => {
  it("disappears from the public at once", async () => {
    const db = testDb();
    const s = await db.forumSession.create({
      data: { forumId: fx.forum.id, title: "Soon closed MARKER-LATE-0000", startsAt: new Date("2027-08-05T08:00:00Z"), endsAt: new Date("2027-08-05T09:00:00Z"), status: "published" },
    });
    expect(await getAgendaSession({ slug: fx.forum.slug, sessionId: s.id, viewer: null })).not.toBeNull();
    await db.forumSession.update({ where: { id: s.id }, data: { visibility: "delegates", version: { increment: 1 } } });
    expect(await getAgendaSession({ slug: fx.forum.slug, sessionId: s.id, viewer: null })).toBeNull();
    expect(JSON.stringify(await listAgendaSessions({ forumId: fx.forum.id, viewer: null }))).not.toContain("MARKER-LATE");
    await db.forumSession.delete({ where: { id: s.id } });
  });
});
