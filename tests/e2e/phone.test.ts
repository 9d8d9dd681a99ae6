import { UPCOMING, UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkA11y, connectBrowser, field, PHONE, poll, shoot, waitForMail } from "./support/browser";
import { e2eDb, publishSeedAgenda } from "./support/db";

// A phone-sized run (375 x 812) of the public agenda and the registration form.

const { newPage } = connectBrowser();

const FORUM = UPCOMING_FORUM_SLUG;

beforeAll(async () => {
  await publishSeedAgenda(FORUM);
});

/** Nothing on the page is wider than the phone's screen (no sideways scrolling to read or to reach a button). */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, `page is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

describe("on a phone", () => {
  it("the public agenda shows as a list by day, readable without sideways scrolling", async () => {
    const page = await newPage(PHONE);
    await page.goto(`/forums/${FORUM}/agenda`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Agenda");
    // Without a chosen view a phone gets the list; the room grid stays out of the way.
    const opening = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Opening plenary: a shared agenda against forced criminality", exact: true }) });
    await poll(() => opening.isVisible()).toBe(true);
    expect(await opening.innerText()).toMatch(/09:00\s*–\s*10:00\s+WITA, UTC\+8/);
    expect(await page.getByRole("table").first().isVisible()).toBe(false);
    await poll(() => page.getByRole("heading", { level: 2, name: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(new Date(UPCOMING.startsOn)) }).first().isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await checkA11y(page, "agenda list (phone)");
    await shoot(page, "agenda-list-phone", { maxHeight: 1600 });

    // A session opens in one tap and its details fit the screen too.
    await opening.getByRole("link").first().click();
    await page.waitForURL("**/sessions/seed-gabf2027-d1-opening");
    expect(await page.getByRole("complementary", { name: "Session details" }).innerText()).toContain("Nusantara Hall");
    await expectNoSidewaysScroll(page);
    await checkA11y(page, "session (phone)");
  });

  it("the registration form can be filled in and sent from a phone", async () => {
    const page = await newPage(PHONE);
    await page.goto(`/forums/${FORUM}`);
    await page.getByRole("link", { name: "Register to attend" }).tap();
    await page.waitForURL(`**/forums/${FORUM}/register`);
    await expectNoSidewaysScroll(page);
    await checkA11y(page, "registration form (phone)");

    await field(page, "Full name").fill("Nguyen Thi Lan");
    await field(page, "E-mail").fill("lan.nguyen@mekong-garments.example");
    await field(page, "Job title").fill("Sustainability Manager");
    await field(page, "Organisation").fill("Mekong Garments");
    await field(page, "Sector").selectOption("Manufacturing and supply chains");
    await field(page, "Country").fill("Viet Nam");
    await field(page, "Dietary needs").fill("Vegetarian");
    const interest = page.getByRole("checkbox", { name: /Workshop: supplier audits that hear workers/ });
    await interest.check();
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await shoot(page, "registration-form-phone", { maxHeight: 1600 });
    await page.getByRole("button", { name: "Register", exact: true }).tap();
    await poll(() => page.getByRole("heading", { name: "Check your e-mail" }).count()).toBe(1);
    await expectNoSidewaysScroll(page);

    await waitForMail("lan.nguyen@mekong-garments.example", /^Please confirm your e-mail:/);
    const stored = await e2eDb().registration.findFirstOrThrow({
      where: { email: "lan.nguyen@mekong-garments.example" },
      include: { interests: true, organisation: true },
    });
    expect(stored.status).toBe("pending");
    expect(stored.organisation?.name).toBe("Mekong Garments");
    expect(stored.dietaryNeeds).toBe("Vegetarian");
    expect(stored.interests.map((i) => i.sessionId)).toEqual(["seed-gabf2027-d2-audits"]);
  });
});
