import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { signInAs, usersByRole } from "../support/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import {
  changeWriteUpStatusAction,
  createWriteUpFromSourceAction,
  deleteWriteUpAction,
  previewMarkdownAction,
  saveWriteUpAction,
} from "@/lib/write-ups/actions";
import { getRevisionPair, getWriteUpForEditor, listRevisions } from "@/lib/write-ups/queries";
import { compareRevisions } from "@/lib/write-ups/compare";

let users: Awaited<ReturnType<typeof usersByRole>>;
let forumId: string;
const ids = { openSession: "", chathamSession: "", closedSession: "", helen: "", dewi: "", priya: "" };

// A tiny valid PNG (1x1), and something that claims to be one but is not.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

beforeAll(async () => {
  users = await usersByRole();
  const db = testDb();
  const forum = await db.forum.create({
    data: {
      slug: "gabf-test",
      name: "Government and Business Forum Test",
      timeZone: "Asia/Makassar",
      startsOn: new Date("2026-08-06T00:00:00Z"),
      endsOn: new Date("2026-08-07T00:00:00Z"),
      status: "published",
      agendaPublishedAt: new Date("2026-07-01T00:00:00Z"),
      rooms: { create: { name: "Nusa Dua Hall" } },
    },
    include: { rooms: true },
  });
  forumId = forum.id;
  const p = (slug: string, name: string, title: string, organisation: string) =>
    db.presenter.create({ data: { slug, name, title, organisation } });
  ids.helen = (await p("helen-marsh", "Helen Marsh", "Senior Official Co-Chair", "Government of Australia")).id;
  ids.dewi = (await p("dewi-kartika", "Dewi Kartika", "Co-Manager", "Regional Support Office")).id;
  ids.priya = (await p("priya-nair", "Priya Nair", "Trust and Safety Lead", "ConnectSphere")).id;
  const session = (id: string, title: string, extra: object, presenterIds: string[]) =>
    db.forumSession.create({
      data: {
        id,
        forumId,
        title,
        abstract: `About ${title}.`,
        startsAt: new Date("2026-08-06T01:00:00Z"), // 09:00 WITA
        endsAt: new Date("2026-08-06T02:30:00Z"),
        roomId: forum.rooms[0].id,
        status: "published",
        ...extra,
        presenters: { create: presenterIds.map((presenterId, position) => ({ presenterId, position, role: "speaker" as const })) },
      },
    });
  ids.openSession = (await session("s-open", "Scam centres and the private sector", {}, [ids.dewi])).id;
  ids.chathamSession = (await session("s-chatham", "Platforms roundtable", { chathamHouse: true, visibility: "registered" }, [ids.helen, ids.priya])).id;
  ids.closedSession = (await session("s-closed", "Closed consultation", { visibility: "delegates" }, [ids.dewi])).id;
});

type Fields = Record<string, string | string[] | File>;

const base = (over: Fields = {}): Fields => ({
  title: "Private sector urged to help dismantle scam centres",
  slug: "",
  summary: "What the forum heard about scam centres.",
  body: "Scam centres have spread across Southeast Asia.",
  tag: "event",
  date: "2026-08-07",
  forumId: "",
  ...over,
});

async function create(over: Fields = {}, as: CurrentUser = users.organiser) {
  signInAs(as);
  const result = await saveWriteUpAction(form(base(over)));
  if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function step(id: string, version: number, stepName: string, extra: Fields = {}) {
  return changeWriteUpStatusAction(form({ id, version: String(version), step: stepName, ...extra }));
}

describe("who may write", () => {
  it("lets an organiser create a draft, and refuses delegates, attendees and anonymous visitors without writing anything", async () => {
    for (const who of [users.delegate, users.attendee, null]) {
      signInAs(who);
      const before = await testDb().writeUp.count();
      const r = await saveWriteUpAction(form(base({ title: "Not allowed" })));
      expect(r).toMatchObject({ ok: false, code: who ? "forbidden" : "unauthenticated" });
      expect(await testDb().writeUp.count()).toBe(before);
    }
    const saved = await create({ title: "Organisers may write" });
    const row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ title: "Organisers may write", status: "draft", authorId: users.organiser.id, version: 1 });
  });

  it("refuses every workflow step, start-from, delete and preview to non-organisers, leaving the row as it was", async () => {
    const saved = await create({ title: "Workflow roles" });
    for (const who of [users.delegate, users.attendee, null]) {
      signInAs(who);
      for (const s of ["submit", "publish", "send_back", "unpublish", "to_draft"]) {
        expect(await step(saved.id, saved.version, s)).toMatchObject({ ok: false });
      }
      expect(await createWriteUpFromSourceAction(form({ source: `session:${ids.openSession}` }))).toMatchObject({ ok: false });
      expect(await deleteWriteUpAction(form({ id: saved.id }))).toMatchObject({ ok: false });
      expect(await previewMarkdownAction({ body: "**x**" })).toMatchObject({ ok: false });
      expect(await saveWriteUpAction(form(base({ id: saved.id, version: "1", title: "Hijacked" })))).toMatchObject({ ok: false });
    }
    const row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ status: "draft", title: "Workflow roles", version: 1 });
    expect(await testDb().writeUp.count({ where: { title: "Hijacked" } })).toBe(0);
  });

  it("runs the workflow for organisers: submit, publish (recording reviewer and time), unpublish, republish", async () => {
    const author = users.organiser;
    const saved = await create({ title: "A full workflow" }, author);
    let r = await step(saved.id, 1, "submit");
    expect(r).toMatchObject({ ok: true, data: { status: "in_review", version: 2 } });
    // Publishing a draft directly is not a transition.
    expect(await step(saved.id, 2, "unpublish")).toMatchObject({ ok: false, code: "conflict" });
    const reviewer = (await usersByRole()).organiser;
    signInAs(reviewer);
    r = await step(saved.id, 2, "publish");
    expect(r).toMatchObject({ ok: true, data: { status: "published" } });
    let row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.reviewedById).toBe(reviewer.id);
    expect(row.reviewedAt).toBeInstanceOf(Date);
    const firstPublished = row.publishedAt;
    expect(firstPublished).toBeInstanceOf(Date);
    expect(await step(saved.id, 3, "unpublish")).toMatchObject({ ok: true, data: { status: "unpublished" } });
    expect(await step(saved.id, 4, "publish")).toMatchObject({ ok: true, data: { status: "published" } });
    row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.publishedAt?.getTime()).toBe(firstPublished!.getTime()); // first publication time is kept
    expect(await testDb().writeUpRevision.count({ where: { writeUpId: saved.id } })).toBe(2);
    const audit = await testDb().auditEvent.findMany({ where: { targetId: saved.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["write-up.create", "write-up.submit", "write-up.publish", "write-up.unpublish", "write-up.publish"]);
  });

  it("sends a write-up in review back to draft, and refuses to publish one without a summary", async () => {
    const saved = await create({ title: "Needs work", summary: "" });
    await step(saved.id, 1, "submit");
    const refused = await step(saved.id, 2, "publish");
    expect(refused).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { summary: [expect.any(String)] } });
    expect(await step(saved.id, 2, "send_back")).toMatchObject({ ok: true, data: { status: "draft" } });
  });
});

describe("editing", () => {
  it("refuses a save from a stale version and keeps the newer text", async () => {
    const saved = await create({ title: "Concurrent edits" });
    signInAs(users.organiser);
    const first = await saveWriteUpAction(form(base({ id: saved.id, version: "1", title: "Edited by the first organiser" })));
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await saveWriteUpAction(form(base({ id: saved.id, version: "1", title: "Edited by the second organiser" })));
    expect(second).toMatchObject({ ok: false, code: "stale" });
    expect((await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } })).title).toBe("Edited by the first organiser");
  });

  it("shows each invalid field at its field and saves nothing", async () => {
    signInAs(users.organiser);
    const before = await testDb().writeUp.count();
    const r = await saveWriteUpAction(form(base({ title: "", slug: "Not A Slug!", date: "2026-02-30", tag: "gossip" })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["date", "slug", "tag", "title"]);
    expect(await testDb().writeUp.count()).toBe(before);
  });

  it("requires alt text for the cover and each photo, and checks images from their bytes", async () => {
    signInAs(users.organiser);
    const png = new File([PNG], "cover.png", { type: "image/png" });
    let r = await saveWriteUpAction(form(base({ title: "Photos", cover: png, coverAlt: "" })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { coverAlt: [expect.stringMatching(/alt text/i)] } });
    const fake = new File([Buffer.from("<svg onload=alert(1)>")], "photo.png", { type: "image/png" });
    r = await saveWriteUpAction(form(base({ title: "Photos", cover: png, coverAlt: "Delegates in the hall", "newImages.0.file": fake, "newImages.0.alt": "A panel" })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { "newImages.0.file": [expect.stringMatching(/JPEG, PNG or WebP/)] } });
    expect(await testDb().media.count()).toBe(0);
    r = await saveWriteUpAction(form(base({ title: "Photos", cover: png, coverAlt: "Delegates in the hall", "newImages.0.file": png, "newImages.0.alt": "A panel on stage", "newImages.0.caption": "Day one" })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = await testDb().writeUp.findUniqueOrThrow({ where: { id: r.data.id }, include: { images: true } });
    expect(row.coverId).toBeTruthy();
    expect(row.coverAlt).toBe("Delegates in the hall");
    expect(row.images).toMatchObject([{ alt: "A panel on stage", caption: "Day one" }]);
  });
});

describe("slugs", () => {
  it("gives two drafts with the same title distinct slugs", async () => {
    const a = await create({ title: "Bali forum endorses recommendations" });
    const b = await create({ title: "Bali forum endorses recommendations" });
    expect(a.slug).toBe("bali-forum-endorses-recommendations");
    expect(b.slug).toBe("bali-forum-endorses-recommendations-2");
  });

  it("refuses a duplicate explicit slug with a field error, on create and on edit", async () => {
    await create({ title: "First", slug: "taken-slug" });
    signInAs(users.organiser);
    const before = await testDb().writeUp.count();
    const r = await saveWriteUpAction(form(base({ title: "Second", slug: "taken-slug" })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/already uses/)] } });
    expect(await testDb().writeUp.count()).toBe(before);
    const other = await create({ title: "Third" });
    const edit = await saveWriteUpAction(form(base({ id: other.id, version: "1", title: "Third", slug: "taken-slug" })));
    expect(edit).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect((await testDb().writeUp.findUniqueOrThrow({ where: { id: other.id } })).slug).toBe("third");
  });

  it("keeps slugs unique when two organisers create the same title at once", async () => {
    signInAs(users.organiser);
    const results = await Promise.all([1, 2, 3].map(() => saveWriteUpAction(form(base({ title: "Simultaneous title" })))));
    expect(results.every((r) => r.ok)).toBe(true);
    const slugs = results.map((r) => (r.ok ? r.data.slug : "")).sort();
    expect(new Set(slugs).size).toBe(3);
  });
});

describe("Chatham House and closed sessions", () => {
  it("refuses a quote attributed to a presenter of a linked Chatham House session, with an error on that quote", async () => {
    signInAs(users.organiser);
    const before = await testDb().writeUp.count();
    const r = await saveWriteUpAction(form(
        base({
          title: "Platforms roundtable report",
          forumId,
          sessionIds: [ids.chathamSession],
          "quotes.0.text": "Platforms removed thousands of recruitment posts.",
          "quotes.0.presenterId": "",
          "quotes.0.attribution": "a participant from a social media platform",
          "quotes.1.text": "We need faster evidence sharing.",
          "quotes.1.presenterId": ids.helen,
        }),
      ));
    expect(r).toMatchObject({ ok: false, code: "invalid_input" });
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {})).toEqual(["quotes.1.presenterId"]);
    expect(r.fieldErrors!["quotes.1.presenterId"][0]).toMatch(/Chatham House rule/);
    expect(await testDb().writeUp.count()).toBe(before);
    expect(await testDb().writeUpQuote.count({ where: { presenterId: ids.helen } })).toBe(0);
  });

  it("refuses naming a protected presenter in a quote's free-text attribution too", async () => {
    signInAs(users.organiser);
    const r = await saveWriteUpAction(form(base({ sessionIds: [ids.chathamSession], "quotes.0.text": "Something said.", "quotes.0.attribution": "Priya Nair, ConnectSphere" })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { "quotes.0.attribution": [expect.any(String)] } });
  });

  it("allows the same quote attributed to a presenter of an ordinary session", async () => {
    const saved = await create({ sessionIds: [ids.openSession], "quotes.0.text": "Scam centres depend on ordinary business services.", "quotes.0.presenterId": ids.dewi });
    expect(await testDb().writeUpQuote.findMany({ where: { writeUpId: saved.id } })).toMatchObject([{ presenterId: ids.dewi }]);
  });

  it("re-checks quotes at publication when a session became Chatham House after saving", async () => {
    const saved = await create({ sessionIds: [ids.openSession], "quotes.0.text": "Quoted before the rule applied.", "quotes.0.presenterId": ids.dewi });
    await step(saved.id, 1, "submit");
    const s = await testDb().forumSession.create({
      data: { forumId, title: "Later Chatham", startsAt: new Date("2026-08-07T01:00:00Z"), endsAt: new Date("2026-08-07T02:00:00Z"), chathamHouse: false, presenters: { create: { presenterId: ids.dewi } } },
    });
    await testDb().writeUpSession.create({ data: { writeUpId: saved.id, sessionId: s.id } });
    await testDb().forumSession.update({ where: { id: s.id }, data: { chathamHouse: true } });
    const r = await step(saved.id, 2, "publish");
    expect(r).toMatchObject({ ok: false, fieldErrors: { "quotes.0.presenterId": [expect.any(String)] } });
    expect((await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("in_review");
  });

  it("will not publish a write-up about a delegates-only session without the explicit confirmation, and records it", async () => {
    const saved = await create({ title: "Closed consultation report", sessionIds: [ids.closedSession] });
    await step(saved.id, 1, "submit");
    const refused = await step(saved.id, 2, "publish");
    expect(refused).toMatchObject({ ok: false, fieldErrors: { confirmClosed: [expect.stringMatching(/delegates only/)] } });
    let row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ status: "in_review", closedConfirmedAt: null, publishedAt: null });
    expect(await step(saved.id, 2, "publish", { confirmClosed: "on" })).toMatchObject({ ok: true });
    row = await testDb().writeUp.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.status).toBe("published");
    expect(row.closedConfirmedAt).toBeInstanceOf(Date);
  });

  it("asks again when a closed session is newly linked to an already published article", async () => {
    const saved = await create({ title: "Open report", sessionIds: [ids.openSession] });
    await step(saved.id, 1, "submit");
    await step(saved.id, 2, "publish");
    signInAs(users.organiser);
    const r = await saveWriteUpAction(form(base({ id: saved.id, version: "3", title: "Open report", sessionIds: [ids.openSession, ids.closedSession] })));
    expect(r).toMatchObject({ ok: false, fieldErrors: { confirmClosed: [expect.any(String)] } });
    expect(await testDb().writeUpSession.count({ where: { writeUpId: saved.id } })).toBe(1);
  });
});

describe("revisions", () => {
  it("keeps a numbered revision for every publication and every save of a published article, and compares any two", async () => {
    const saved = await create({ title: "Acknowledge, Act, Advance", body: "Governments and businesses endorsed the recommendations." });
    await step(saved.id, 1, "submit");
    await step(saved.id, 2, "publish");
    signInAs(users.organiser);
    // Saving a draft keeps no revision; saving a published article does.
    const edited = await saveWriteUpAction(form(base({ id: saved.id, version: "3", title: "Acknowledge, Act, Advance", body: "Governments and businesses endorsed the four recommendations.", tag: "news" })));
    expect(edited).toMatchObject({ ok: true, data: { status: "published", version: 4 } });
    const revisions = await listRevisions(users.organiser, saved.id);
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);
    const pair = await getRevisionPair(users.organiser, saved.id, 1, 2);
    expect(pair?.from.body).toBe("Governments and businesses endorsed the recommendations.");
    const diff = compareRevisions(pair!.from, pair!.to);
    const body = diff.find((d) => d.field === "body")!;
    expect(body.changed).toBe(true);
    expect(body.segments.filter((s) => s.change === "added").map((s) => s.value.trim())).toEqual(["four"]);
    const tag = diff.find((d) => d.field === "tag")!;
    expect(tag.segments.filter((s) => s.change !== "same").map((s) => [s.change, s.value])).toEqual([
      ["removed", "event"],
      ["added", "news"],
    ]);
    expect(diff.find((d) => d.field === "title")!.changed).toBe(false);
    // Saving again without changes keeps no duplicate revision.
    const again = await saveWriteUpAction(form(base({ id: saved.id, version: "4", title: "Acknowledge, Act, Advance", body: "Governments and businesses endorsed the four recommendations.", tag: "news" })));
    expect(again).toMatchObject({ ok: true, data: { version: 5 } });
    expect(await testDb().writeUpRevision.count({ where: { writeUpId: saved.id } })).toBe(2);
    await expect(listRevisions(users.delegate, saved.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(getRevisionPair(null, saved.id, 1, 2)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("starting from a session or forum", () => {
  it("creates a draft from a session with its title, forum-zone date, room, presenters and abstract linked", async () => {
    signInAs(users.organiser);
    const r = await createWriteUpFromSourceAction(form({ source: `session:${ids.openSession}` }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = await getWriteUpForEditor(users.organiser, r.data.id);
    expect(w).toMatchObject({ title: "Scam centres and the private sector", status: "draft", date: "2026-08-06", forumId, sessionIds: [ids.openSession], presenterIds: [ids.dewi] });
    expect(w!.body).toContain("Nusa Dua Hall");
    expect(w!.body).toContain("09:00–10:30 WITA, UTC+8");
    expect(w!.body).toContain("Dewi Kartika, Co-Manager, Regional Support Office");
    expect(w!.body).toContain("About Scam centres and the private sector.");
    // The generated skeleton cannot be published as it is.
    await changeWriteUpStatusAction(form({ id: r.data.id, version: "1", step: "submit" }));
    const refused = await changeWriteUpStatusAction(form({ id: r.data.id, version: "2", step: "publish" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringMatching(/generated draft/)] } });
    expect((await testDb().writeUp.findUniqueOrThrow({ where: { id: r.data.id } })).status).toBe("in_review");
  });

  it("lists Chatham House speakers as not to be attributed", async () => {
    signInAs(users.organiser);
    const r = await createWriteUpFromSourceAction(form({ source: `session:${ids.chathamSession}` }));
    if (!r.ok) throw new Error(r.message);
    const w = await getWriteUpForEditor(users.organiser, r.data.id);
    expect(w!.body).toContain("## Speakers (not to be attributed)");
    expect(w!.body).toMatch(/Chatham House rule/);
    expect(w!.body).not.toMatch(/\*\*Speaker\*\*: Helen Marsh/);
  });

  it("creates a draft from a forum that leaves closed sessions out, and refuses unknown sources", async () => {
    signInAs(users.organiser);
    const r = await createWriteUpFromSourceAction(form({ source: `forum:${forumId}` }));
    if (!r.ok) throw new Error(r.message);
    const w = await getWriteUpForEditor(users.organiser, r.data.id);
    expect(w!.body).toContain("Scam centres and the private sector");
    expect(w!.body).not.toContain("Closed consultation");
    expect(await createWriteUpFromSourceAction(form({ source: "session:nope" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await createWriteUpFromSourceAction(form({ source: "javascript:alert(1)" }))).toMatchObject({ ok: false, code: "invalid_input" });
  });
});

describe("deleting", () => {
  it("deletes a never-published draft but not a published article", async () => {
    const draft = await create({ title: "Throwaway" });
    signInAs(users.organiser);
    expect(await deleteWriteUpAction(form({ id: draft.id }))).toMatchObject({ ok: true });
    expect(await testDb().writeUp.findUnique({ where: { id: draft.id } })).toBeNull();
    const pub = await create({ title: "Keep me" });
    await step(pub.id, 1, "submit");
    await step(pub.id, 2, "publish");
    expect(await deleteWriteUpAction(form({ id: pub.id }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await testDb().writeUp.findUnique({ where: { id: pub.id } })).not.toBeNull();
  });
});

describe("preview", () => {
  it("renders the organiser's Markdown with the article's sanitiser", async () => {
    signInAs(users.organiser);
    const r = await previewMarkdownAction({ body: "**bold** <img src=x onerror=alert(1)>" });
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      expect(r.data.html).toContain("<strong>bold</strong>");
      expect(r.data.html).not.toContain("onerror");
    }
  });
});
