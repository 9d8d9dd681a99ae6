import { beforeAll, describe, expect, it } from "vitest";
import Parser from "rss-parser";
import { testDb } from "../support/db";
import { usersByRole } from "../support/auth";
import { GET as feedGET } from "@/app/api/news/feed/route";
import {
  getWriteUpForReader,
  listMoreNews,
  listPublishedWriteUps,
  listRelatedWriteUps,
  listSitemapWriteUps,
  NEWS_PAGE_SIZE,
} from "@/lib/write-ups/queries";
import { renderToStaticMarkup } from "react-dom/server";
import { RelatedNews } from "@/components/related-news";

let users: Awaited<ReturnType<typeof usersByRole>>;
let forumA: string;
let forumB: string;
const ids = { helen: "", dewi: "", publicSession: "", closedSession: "", chatham: "" };

async function writeUp(slug: string, over: Record<string, unknown> = {}) {
  const published = (over.status ?? "published") === "published";
  return testDb().writeUp.create({
    data: {
      slug,
      title: `Article ${slug}`,
      summary: `Summary of ${slug}`,
      body: `Body of **${slug}** with [a link](/forums/gabf-a) and <script>alert(1)</script>`,
      tag: "event",
      date: new Date("2023-08-23T00:00:00Z"),
      status: "published",
      publishedAt: published ? new Date("2023-08-23T03:00:00Z") : null,
      forumId: forumA,
      ...over,
    },
  });
}

beforeAll(async () => {
  users = await usersByRole();
  const db = testDb();
  const mk = (slug: string) =>
    db.forum.create({
      data: { slug, name: `Forum ${slug}`, timeZone: "Asia/Bangkok", startsOn: new Date("2023-08-21"), endsOn: new Date("2023-08-22"), status: "published", agendaPublishedAt: new Date("2023-08-01") },
    });
  forumA = (await mk("gabf-a")).id;
  forumB = (await mk("gabf-b")).id;
  ids.helen = (await db.presenter.create({ data: { slug: "helen-marsh", name: "Helen Marsh", title: "Senior Official Co-Chair" } })).id;
  ids.dewi = (await db.presenter.create({ data: { slug: "dewi-kartika", name: "Dewi Kartika", title: "Co-Manager" } })).id;
  const session = (title: string, extra: object) =>
    db.forumSession.create({
      data: { forumId: forumA, title, startsAt: new Date("2023-08-21T02:00:00Z"), endsAt: new Date("2023-08-21T03:00:00Z"), status: "published", ...extra },
    });
  ids.publicSession = (await session("Trapped in Deceit", {})).id;
  ids.closedSession = (await session("Closed consultation", { visibility: "delegates" })).id;
  ids.chatham = (await session("Chatham roundtable", { chathamHouse: true, presenters: { create: { presenterId: ids.helen } } })).id;

  // 12 published (2 in forum B, 3 tagged training), a draft, one in review and one unpublished.
  for (let i = 1; i <= 12; i++) {
    await writeUp(`published-${String(i).padStart(2, "0")}`, {
      date: new Date(Date.UTC(2023, 0, i)),
      publishedAt: new Date(Date.UTC(2023, 0, i, 3)),
      tag: i <= 3 ? "training" : "event",
      forumId: i > 10 ? forumB : forumA,
    });
  }
  await writeUp("a-draft", { status: "draft" });
  await writeUp("in-review", { status: "in_review" });
  await writeUp("pulled", { status: "unpublished", publishedAt: new Date("2023-08-01T00:00:00Z") });
  await writeUp("linked", {
    date: new Date("2024-01-01T00:00:00Z"),
    publishedAt: new Date("2024-01-01T03:00:00Z"),
    sessions: { create: [{ sessionId: ids.publicSession }, { sessionId: ids.closedSession }, { sessionId: ids.chatham }] },
    presenters: { create: [{ presenterId: ids.dewi }] },
    quotes: {
      create: [
        { text: "Scam centres depend on ordinary business services.", presenterId: ids.dewi, position: 0 },
        // Stored attributed before the session became Chatham House; readers must still not see who said it.
        { text: "Evidence must move faster.", presenterId: ids.helen, position: 1 },
      ],
    },
  });
});

describe("RSS feed", () => {
  it("is parsed by an independent parser with the published items only, newest first, with absolute links", async () => {
    const res = await feedGET();
    expect(res.headers.get("content-type")).toMatch(/application\/rss\+xml/);
    const xml = await res.text();
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe("Balai news: Bali Process forums");
    const slugs = feed.items.map((i) => i.link?.split("/news/")[1]);
    expect(slugs).toHaveLength(13);
    expect(slugs[0]).toBe("linked");
    expect(slugs).toContain("published-01");
    for (const hidden of ["a-draft", "in-review", "pulled"]) expect(slugs).not.toContain(hidden);
    const item = feed.items.find((i) => i.link?.endsWith("/news/published-05"))!;
    expect(item.title).toBe("Article published-05");
    expect(item.link).toMatch(/^https?:\/\/[^/]+\/news\/published-05$/);
    expect(item.contentSnippet ?? item.content).toContain("Summary of published-05");
    expect(new Date(item.pubDate!).toISOString()).toBe("2023-01-05T03:00:00.000Z");
    expect(item.categories).toEqual(["Event"]);
    expect(xml).not.toContain("<script>");
    expect(xml).toMatch(/href="https?:\/\/[^"]+\/forums\/gabf-a"/);
  });
});

describe("public news list", () => {
  it("pages published articles ten at a time, newest first, and hides the rest", async () => {
    const first = await listPublishedWriteUps({ page: 1 });
    expect(first.total).toBe(13);
    expect(first.pages).toBe(2);
    expect(first.items).toHaveLength(NEWS_PAGE_SIZE);
    expect(first.items[0].slug).toBe("linked");
    const second = await listPublishedWriteUps({ page: 2 });
    expect(second.items.map((i) => i.slug)).toEqual(["published-03", "published-02", "published-01"]);
    // Out-of-range pages fall back to the nearest real page rather than failing.
    expect((await listPublishedWriteUps({ page: 99 })).page).toBe(2);
  });

  it("filters by tag and by forum", async () => {
    expect((await listPublishedWriteUps({ tag: "training" })).items.map((i) => i.slug)).toEqual(["published-03", "published-02", "published-01"]);
    expect((await listPublishedWriteUps({ forumSlug: "gabf-b" })).items.map((i) => i.slug)).toEqual(["published-12", "published-11"]);
  });
});

describe("article page data", () => {
  it("is not found for drafts, reviews and unpublished articles except by organisers", async () => {
    for (const slug of ["a-draft", "in-review", "pulled"]) {
      expect(await getWriteUpForReader(slug, null)).toBeNull();
      expect(await getWriteUpForReader(slug, users.delegate)).toBeNull();
      expect(await getWriteUpForReader(slug, users.organiser)).toMatchObject({ slug });
    }
  });

  it("lists only the linked sessions the viewer may see", async () => {
    const anon = await getWriteUpForReader("linked", null);
    expect(anon!.sessions.map((s) => s.title).sort()).toEqual(["Chatham roundtable", "Trapped in Deceit"]);
    const delegate = await getWriteUpForReader("linked", users.delegate);
    expect(delegate!.sessions.map((s) => s.title)).toContain("Closed consultation");
  });

  it("never shows who said a quote from a Chatham House session's presenter", async () => {
    const w = await getWriteUpForReader("linked", null);
    expect(w!.quotes.map((q) => q.presenter?.name ?? null)).toEqual(["Dewi Kartika", null]);
  });

  it("offers more news without the article itself", async () => {
    const more = await listMoreNews((await testDb().writeUp.findUniqueOrThrow({ where: { slug: "linked" } })).id);
    expect(more.map((m) => m.slug)).toEqual(["published-12", "published-11", "published-10"]);
  });
});

describe("related news and sitemap", () => {
  it("finds published articles by presenter (linked or quoted), session and forum", async () => {
    expect((await listRelatedWriteUps({ presenterId: ids.dewi })).map((w) => w.slug)).toEqual(["linked"]);
    expect((await listRelatedWriteUps({ sessionId: ids.publicSession })).map((w) => w.slug)).toEqual(["linked"]);
    expect((await listRelatedWriteUps({ forumId: forumB })).map((w) => w.slug)).toEqual(["published-12", "published-11"]);
    expect(await listRelatedWriteUps({})).toEqual([]);
  });

  it("renders the related-news component as links, and nothing when there is no article", async () => {
    const el = await RelatedNews({ sessionId: ids.publicSession });
    const html = renderToStaticMarkup(el!);
    expect(html).toContain(`href="/news/linked"`);
    expect(html).toContain("Article linked");
    expect(html).toContain("1 Jan 2024");
    expect(await RelatedNews({ sessionId: ids.closedSession + "-none" })).toBeNull();
  });

  it("lists every published article for the sitemap and nothing else", async () => {
    const entries = await listSitemapWriteUps();
    expect(entries).toHaveLength(13);
    expect(entries.every((e) => e.updatedAt instanceof Date)).toBe(true);
    expect(entries.map((e) => e.slug)).not.toContain("pulled");
  });
});
