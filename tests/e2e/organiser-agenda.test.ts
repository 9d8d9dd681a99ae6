import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { checkA11y, connectBrowser, field, poll, shoot, signIn } from "./support/browser";
import { e2eDb } from "./support/db";

// Journey 1: an organiser signs in, creates a forum with rooms and tracks, schedules sessions, attaches a
// presenter, sees a room conflict, fixes it and publishes the agenda.

const { newPage } = connectBrowser();

const FORUM = "Senior Officials Workshop on Scam Centres";
const SLUG = "senior-officials-workshop-on-scam-centres";
const OPENING = "Opening: what scam centres cost the region";
const WORKSHOP = "Workshop: tracing the proceeds of scam compounds";

/** Chooses the option of a <select> whose text starts with `text` (labels carry extra words such as seats). */
async function choose(select: Locator, text: string): Promise<void> {
  const option = select.locator("option").filter({ hasText: text }).first();
  const value = await option.getAttribute("value");
  if (value === null) throw new Error(`No option "${text}" in the list`);
  await select.selectOption(value);
}

async function addNamed(page: Page, form: string, fields: Record<string, string>, button: string) {
  const f = page.getByRole("form", { name: form });
  for (const [label, value] of Object.entries(fields)) await field(f, label).fill(value);
  await f.getByRole("button", { name: button }).click();
}

async function fillSession(page: Page, s: { title: string; start: string; end: string; room: string; track?: string; attendance?: string }) {
  await field(page, "Title").fill(s.title);
  await field(page, "Abstract").fill(`${s.title}: a session of the e2e journey.`);
  await field(page, "Day").fill("2027-05-11");
  await field(page, "Start").fill(s.start);
  await field(page, "End").fill(s.end);
  await choose(field(page, "Room"), s.room);
  if (s.track) await choose(field(page, "Track"), s.track);
  if (s.attendance) await field(page, "Expected attendance").fill(s.attendance);
}

describe("journey: an organiser builds and publishes an agenda", () => {
  it("creates a forum with rooms and tracks, schedules sessions, resolves a room clash and publishes", async () => {
    const page = await newPage();
    await signIn(page, "organiser");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Organiser console" }).click();
    await page.waitForURL("**/manage");
    await checkA11y(page, "organiser console");
    await page.getByRole("navigation", { name: "Organiser console" }).getByRole("link", { name: "Forums and agendas" }).click();
    await page.waitForURL("**/manage/forums");
    await page.getByRole("link", { name: "New forum" }).click();
    await page.waitForURL("**/manage/forums/new");

    // The forum: the web address follows the name.
    await field(page, "Name").fill(FORUM);
    await poll(() => field(page, "Web address").inputValue()).toBe(SLUG);
    await field(page, "Venue").fill("Regional Support Office conference hall");
    await field(page, "City").fill("Bangkok");
    await field(page, "Country").fill("Thailand");
    await field(page, "Time zone").selectOption("Asia/Bangkok");
    await field(page, "First day").fill("2027-05-11");
    await field(page, "Last day").fill("2027-05-12");
    await field(page, "Status").selectOption("published");
    await checkA11y(page, "new forum form");
    await page.getByRole("button", { name: "Create forum" }).click();
    await page.waitForURL(/\/manage\/forums\/(?!new)[^/]+$/);
    await poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(FORUM);
    expect(await page.getByRole("main").innerText()).toContain("11–12 May 2027");

    // Rooms and a track.
    await addNamed(page, "Add a room", { "Room name": "Main Hall", Seats: "200" }, "Add room");
    await poll(() => page.getByRole("button", { name: "Delete Main Hall" }).count()).toBe(1);
    await addNamed(page, "Add a room", { "Room name": "Meeting Room 2", Seats: "30" }, "Add room");
    await poll(() => page.getByRole("button", { name: "Delete Meeting Room 2" }).count()).toBe(1);
    await addNamed(page, "Add a track", { "Track name": "Finance and remedy" }, "Add track");
    await poll(() => page.getByRole("button", { name: "Delete Finance and remedy" }).count()).toBe(1);
    const forum = await e2eDb().forum.findUniqueOrThrow({ where: { slug: SLUG }, include: { rooms: true, tracks: true } });
    expect(forum.rooms.map((r) => [r.name, r.capacity]).sort()).toEqual([["Main Hall", 200], ["Meeting Room 2", 30]]);
    expect(forum.tracks.map((t) => t.name)).toEqual(["Finance and remedy"]);
    expect(forum.timeZone).toBe("Asia/Bangkok");
    await checkA11y(page, "forum details (console)");

    // First session, with a presenter.
    await page.getByRole("navigation", { name: "Forum sections" }).getByRole("link", { name: "Agenda" }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/agenda`);
    await page.getByRole("link", { name: "Add session" }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/sessions/new**`);
    await fillSession(page, { title: OPENING, start: "09:00", end: "10:30", room: "Main Hall", track: "Finance and remedy", attendance: "150" });
    await page.getByRole("button", { name: "Add presenter" }).click();
    await choose(field(page, "Presenter 1"), "Helen Marsh");
    await field(page, "Role").selectOption("co_chair");
    const live = page.getByRole("complementary", { name: "Conflicts with the saved agenda" });
    await poll(() => live.innerText()).toMatch(/No conflicts\.$/m);
    await checkA11y(page, "new session form");
    await page.getByRole("button", { name: "Create session" }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/agenda?**`);
    await poll(() => page.getByRole("link", { name: new RegExp(OPENING) }).count()).toBeGreaterThan(0);

    // Second session in the same room at an overlapping time: the form warns while it is being filled in.
    await page.getByRole("link", { name: "Add session" }).click();
    await page.waitForURL(`**/sessions/new**`);
    await fillSession(page, { title: WORKSHOP, start: "10:00", end: "11:30", room: "Main Hall", attendance: "25" });
    await poll(() => live.innerText()).toContain("Room double-booked");
    expect(await live.innerText()).toContain(`are both in Main Hall at the same time`);
    await page.getByRole("button", { name: "Create session" }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/agenda?**`);

    // The agenda page lists the clash, names both sessions and will not publish without a decision.
    const issues = page.getByRole("region", { name: /Agenda issues/ });
    await poll(() => issues.getByRole("heading").innerText()).toBe("Agenda issues (1)");
    expect(await issues.innerText()).toContain("Room double-booked");
    expect(await issues.getByRole("link", { name: OPENING }).count()).toBe(1);
    await checkA11y(page, "agenda editor");
    await shoot(page, "manage-agenda-editor");
    await page.getByRole("button", { name: "Publish agenda" }).click();
    await poll(() => page.getByRole("alert").filter({ hasText: "Tick this box to publish with 1 open issue." }).count()).toBe(1);
    expect((await e2eDb().forum.findUniqueOrThrow({ where: { id: forum.id } })).agendaPublishedAt).toBeNull();

    // Fix it: move the workshop to the meeting room.
    await issues.getByRole("link", { name: WORKSHOP }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/sessions/*`);
    await poll(() => live.innerText()).toContain("Room double-booked");
    await choose(field(page, "Room"), "Meeting Room 2");
    await poll(() => live.innerText()).toMatch(/No conflicts\.$/m);
    await page.getByRole("button", { name: "Save session" }).click();
    await poll(() => page.getByRole("status").filter({ hasText: /saved/i }).count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: "Back to the agenda" }).click();
    await page.waitForURL(`**/manage/forums/${forum.id}/agenda**`);
    await poll(() => issues.getByRole("heading").innerText()).toBe("Agenda issues (0)");
    expect(await issues.innerText()).toContain("No clashes");

    // Publish.
    await page.getByRole("button", { name: "Publish agenda" }).click();
    await poll(() => page.getByRole("region", { name: "Published" }).count()).toBe(1);
    const published = await e2eDb().forum.findUniqueOrThrow({ where: { id: forum.id }, include: { sessions: true } });
    expect(published.agendaPublishedAt).not.toBeNull();
    expect(published.sessions.map((s) => s.status)).toEqual(["published", "published"]);

    // A visitor now sees the agenda, in Bangkok time, with the presenter attached and the rooms as fixed.
    const visitor = await newPage();
    await visitor.goto(`/forums/${SLUG}/agenda?view=list`);
    const item = (title: string) => visitor.getByRole("listitem").filter({ has: visitor.getByRole("link", { name: title, exact: true }) });
    await poll(() => item(OPENING).count()).toBe(1);
    expect(await item(OPENING).innerText()).toMatch(/09:00\s*–\s*10:30\s+ICT, UTC\+7/);
    expect(await item(OPENING).innerText()).toContain("Helen Marsh");
    expect(await item(OPENING).innerText()).toContain("Main Hall");
    expect(await item(WORKSHOP).innerText()).toContain("Meeting Room 2");
    await item(OPENING).getByRole("link", { name: OPENING, exact: true }).click();
    await visitor.waitForURL("**/sessions/*");
    expect(await visitor.getByRole("heading", { level: 1 }).innerText()).toBe(OPENING);
    const presenter = visitor.getByRole("region", { name: "Presenters" }).getByRole("link", { name: "Helen Marsh" });
    expect(await presenter.getAttribute("href")).toBe("/presenters/helen-marsh");
    expect(await visitor.getByRole("region", { name: "Presenters" }).innerText()).toContain("Co-chair");
    await checkA11y(visitor, "session (public)");
    await shoot(visitor, "session");
  });
});
