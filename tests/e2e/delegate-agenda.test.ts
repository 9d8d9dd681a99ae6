import { UPCOMING, UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { zonedToUtc } from "@/lib/time";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { baseUrl, checkA11y, connectBrowser, poll, shoot, signIn } from "./support/browser";
import { eventsIn } from "./support/calendar";
import { e2eDb, publishSeedAgenda } from "./support/db";

// Journey 3: a delegate signs in, sees a delegates-only session that an anonymous visitor does not, bookmarks
// sessions, switches between forum time and local time, and gets a private calendar feed.

const { newPage } = connectBrowser();

const FORUM = UPCOMING_FORUM_SLUG;
const AGENDA = `/forums/${FORUM}/agenda`;
const OPENING = "Opening plenary: a shared agenda against forced criminality"; // day 1, 09:00–10:00 WITA
const CLOSED = "Government consultation on victim identification and non-punishment"; // delegates only
const CLOSED_ID = "seed-gabf2027-d1-closed-consultation";
const REGISTERED_ONLY = "Roundtable: platform takedowns and evidence sharing"; // approved participants and up

beforeAll(async () => {
  // Arrange: the seed's 2027 agenda is still a draft; journey 1 covers publishing through the console.
  await publishSeedAgenda(FORUM);
});

/** The list entry of one session on the agenda list or My agenda. */
function entry(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

describe("journey: a delegate's agenda", () => {
  it("an anonymous visitor sees the public agenda, without the closed or registered-only sessions", async () => {
    const page = await newPage();
    await page.goto(`${AGENDA}?view=list`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Agenda");
    await poll(() => entry(page, OPENING).count()).toBe(1);
    expect(await entry(page, OPENING).innerText()).toMatch(/09:00\s*–\s*10:00\s+WITA, UTC\+8/);
    expect(await page.getByText(CLOSED).count()).toBe(0);
    expect(await page.getByText(REGISTERED_ONLY).count()).toBe(0);
    // Anonymous visitors get no bookmarks.
    expect(await page.getByRole("button", { name: /Add to my agenda/ }).count()).toBe(0);
    await checkA11y(page, "agenda list");

    await page.getByRole("navigation", { name: "Agenda view" }).getByRole("link", { name: "Room grid" }).click();
    await page.waitForURL(/view=grid/);
    const grid = page.getByRole("table").first();
    await poll(() => grid.getByRole("columnheader", { name: "Nusantara Hall" }).count()).toBe(1);
    expect(await grid.getByRole("link", { name: OPENING }).count()).toBe(1);
    expect(await page.getByText(CLOSED).count()).toBe(0);
    await checkA11y(page, "agenda grid");
    await shoot(page, "agenda-grid");

    // The closed session's own page is simply not there for them.
    const res = await page.goto(`/forums/${FORUM}/sessions/${CLOSED_ID}`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Page not found");

    // Nor is it in the public calendar subscription.
    const publicIcs = await (await fetch(`${baseUrl()}/api/calendar/forums/${FORUM}`)).text();
    const publicTitles = eventsIn(publicIcs).map((e) => e.summary);
    expect(publicTitles).toContain(OPENING);
    expect(publicTitles).not.toContain(CLOSED);
  });

  it("a delegate sees the closed session, saves sessions, switches to their own time and subscribes privately", async () => {
    // A delegate travelling from Tokyo (UTC+9): one hour ahead of Bali, so every time shifts by one hour.
    const page = await newPage({ timezoneId: "Asia/Tokyo" });
    await signIn(page, "delegate", `${AGENDA}?view=list`);
    await page.waitForURL((u) => u.pathname === AGENDA);

    const closed = entry(page, CLOSED);
    await poll(() => closed.count()).toBe(1);
    expect(await closed.innerText()).toContain("Delegates only");
    expect(await closed.innerText()).toMatch(/13:30\s*–\s*15:00\s+WITA/);
    await checkA11y(page, "agenda list (delegate)");

    // Save two sessions from the list.
    for (const title of [OPENING, CLOSED]) {
      await entry(page, title).getByRole("button", { name: /^Add to my agenda/ }).click();
      await poll(() => entry(page, title).getByRole("button", { name: /^In my agenda/ }).count()).toBe(1);
    }

    // Forum time is the default; switch to the browser's own zone and back.
    const zones = page.getByRole("group", { name: "Show times in" });
    await poll(() => zones.getByRole("button", { name: /My time \(Asia\/Tokyo\)/ }).count()).toBe(1);
    expect(await zones.getByRole("button", { name: /Forum time/ }).getAttribute("aria-pressed")).toBe("true");
    await Promise.all([page.waitForEvent("load"), zones.getByRole("button", { name: /My time/ }).click()]);
    await poll(() => page.getByText("your own time", { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByRole("main").innerText()).toContain("Asia/Tokyo");
    expect(await entry(page, OPENING).innerText()).toMatch(/10:00\s*–\s*11:00/);
    expect(await entry(page, CLOSED).innerText()).toMatch(/14:30\s*–\s*16:00/);
    expect(await page.getByRole("group", { name: "Show times in" }).getByRole("button", { name: /My time/ }).getAttribute("aria-pressed")).toBe("true");

    await Promise.all([page.waitForEvent("load"), page.getByRole("group", { name: "Show times in" }).getByRole("button", { name: /Forum time/ }).click()]);
    await poll(() => entry(page, OPENING).innerText()).toMatch(/09:00\s*–\s*10:00\s+WITA, UTC\+8/);

    // The closed session's page opens for them, with both clocks.
    await entry(page, CLOSED).getByRole("link", { name: CLOSED, exact: true }).click();
    await page.waitForURL(`**/sessions/${CLOSED_ID}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(CLOSED);
    const details = await page.getByRole("complementary", { name: "Session details" }).innerText();
    expect(details).toMatch(/13:30\s*–\s*15:00\s+WITA, UTC\+8/);
    expect(details).toMatch(/your time, Asia\/Tokyo[\s\S]*14:30\s*–\s*16:00/);
    expect(details).toContain("Delegates only");
    await checkA11y(page, "session (delegate)");

    // My agenda lists exactly what they saved.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My agenda" }).click();
    await page.waitForURL("**/my-agenda");
    await poll(() => entry(page, OPENING).count()).toBe(1);
    expect(await entry(page, CLOSED).count()).toBe(1);
    expect(await page.getByText(REGISTERED_ONLY).count()).toBe(0);

    await shoot(page, "my-agenda"); // before the link is shown: a screenshot should not carry a secret

    // A private calendar link: shown once, and it carries the closed session to their calendar app.
    await page.getByRole("button", { name: "Create a link for “My saved sessions”" }).click();
    const linkBox = page.getByLabel("Your private calendar link. Copy it now: it is shown only once.");
    await poll(() => linkBox.inputValue()).toMatch(new RegExp(`^${baseUrl()}/api/calendar/feeds/`));
    const feedUrl = await linkBox.inputValue();
    await checkA11y(page, "my agenda");

    const res = await fetch(feedUrl); // a calendar app: no cookies, the secret link is the credential
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/calendar/);
    const events = eventsIn(await res.text());
    expect(events.map((e) => e.summary).sort()).toEqual([CLOSED, OPENING].sort());
    const opening = events.find((e) => e.summary === OPENING)!;
    expect(opening.start.toISOString()).toBe(zonedToUtc(UPCOMING.startsOn, "09:00", "Asia/Makassar").toISOString()); // 09:00 WITA

    // The link is theirs alone: the database keeps only a hash of it.
    const stored = await e2eDb().calendarFeed.findMany({ where: { user: { email: "delegate.indonesia@balai.test" } } });
    expect(stored).toHaveLength(1);
    expect(feedUrl).not.toContain(stored[0].tokenHash);
  });
});
