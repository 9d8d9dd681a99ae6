import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { alerts, checkA11y, connectBrowser, field, linkIn, poll, shoot, signIn, waitForMail } from "./support/browser";
import { eventsIn } from "./support/calendar";
import { e2eDb } from "./support/db";

// Journey 2: a business leader registers, confirms the e-mail from the outbox, is approved by the organiser,
// downloads the calendar file, and cancels; the first waitlisted registrant is promoted.

const { newPage } = connectBrowser();

const SLUG = "e2e-ethical-recruitment-roundtable";
const FORUM = "Roundtable on Ethical Recruitment";
let forumId = "";
let firstDay = "";

type Person = { fullName: string; email: string; jobTitle: string; organisation: string; sector: string; country: string };
const AISHA: Person = {
  fullName: "Aisha Rahman",
  email: "aisha.rahman@javacommerce.example",
  jobTitle: "Head of Financial Crime",
  organisation: "Java Commerce Bank",
  sector: "Banking and finance",
  country: "Indonesia",
};
const LIAM: Person = {
  fullName: "Liam Chen",
  email: "liam.chen@straits-social.example",
  jobTitle: "Trust and Safety Lead",
  organisation: "Straits Social",
  sector: "Technology and social media",
  country: "Singapore",
};

beforeAll(async () => {
  // Arrange: a forum with one seat, registration open now, so that the second approval has to waitlist.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  firstDay = day(120);
  const forum = await e2eDb().forum.create({
    data: {
      slug: SLUG,
      name: FORUM,
      description: "A one-day roundtable of recruiters, brands and officials on ending worker-paid recruitment fees.",
      venue: "Bali International Convention Centre",
      city: "Nusa Dua, Bali",
      country: "Indonesia",
      timeZone: "Asia/Makassar",
      startsOn: new Date(`${firstDay}T00:00:00Z`),
      endsOn: new Date(`${firstDay}T00:00:00Z`),
      status: "published",
      capacity: 1,
      registrationOpensAt: new Date(Date.now() - 86_400_000),
      registrationClosesAt: new Date(Date.now() + 60 * 86_400_000),
    },
  });
  forumId = forum.id;
});

async function fillRegistration(page: Page, p: Person) {
  await field(page, "Full name").fill(p.fullName);
  await field(page, "E-mail").fill(p.email);
  await field(page, "Job title").fill(p.jobTitle);
  await field(page, "Organisation").fill(p.organisation);
  await field(page, "Sector").selectOption(p.sector);
  await field(page, "Country").fill(p.country);
  await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
}

/**
 * Registers through the form and confirms through the link in the e-mail; returns the manage link the
 * confirmation issued (each message carries a fresh link that replaces the earlier ones).
 */
async function registerAndConfirm(page: Page, p: Person): Promise<string> {
  await page.goto(`/forums/${SLUG}/register`);
  await fillRegistration(page, p);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await poll(() => page.getByRole("heading", { name: "Check your e-mail" }).count()).toBe(1);
  expect(await page.getByRole("status").innerText()).toContain(p.email);

  const mail = await waitForMail(p.email, new RegExp(`^Please confirm your e-mail: ${FORUM}$`));
  const confirm = linkIn(mail, /^\/registrations\/confirm\/[^/]+$/);
  const first = linkIn(mail, /^\/registrations\/(?!confirm\/)[^/]+$/);
  await page.goto(confirm);
  await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
  await poll(() => page.getByRole("status").filter({ hasText: "Your e-mail address is confirmed" }).count()).toBe(1);
  const confirmed = await waitForMail(p.email, /^Registration received:/);
  const manage = linkIn(confirmed, /^\/registrations\/(?!confirm\/)[^/]+$/);
  // The first message's link was replaced by the one the confirmation issued.
  expect(manage).not.toBe(first);
  return manage;
}

/** The organiser's queue row for a person: its status cell's text. */
function queueRow(page: Page, name: string) {
  return page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
}

async function decide(page: Page, names: string[], button: "Approve" | "Waitlist" | "Decline") {
  for (const name of names) await page.getByRole("checkbox", { name: `Select ${name}` }).check();
  await page.getByRole("button", { name: button, exact: true }).click();
  await poll(() => page.getByRole("status").filter({ hasText: "Decision recorded" }).count()).toBe(1);
}

describe("journey: a business leader's registration", () => {
  it("registers, confirms by e-mail, is approved, downloads the calendar and cancels; the waitlisted registrant is promoted", async () => {
    // The form refuses an empty submission field by field, without losing anything.
    const aisha = await newPage();
    await aisha.goto(`/forums/${SLUG}`);
    await aisha.getByRole("link", { name: "Register to attend" }).click();
    await aisha.waitForURL(`**/forums/${SLUG}/register`);
    await aisha.getByRole("button", { name: "Register", exact: true }).click();
    await poll(() => alerts(aisha).allInnerTexts().then((t) => t.join("\n"))).toContain("Please correct the highlighted fields.");
    expect(await field(aisha, "Full name").getAttribute("aria-invalid")).toBe("true");
    expect(await aisha.getByRole("main").innerText()).toContain("Enter your full name.");
    expect(await aisha.getByRole("main").innerText()).toContain("Please confirm that you have read the privacy notice.");
    await fillRegistration(aisha, AISHA);
    await checkA11y(aisha, "registration form");
    await shoot(aisha, "registration-form");

    const aishaManage = await registerAndConfirm(aisha, AISHA);
    await aisha.getByRole("link", { name: "See your registration" }).click();
    await aisha.waitForURL("**/registrations/*");
    await poll(() => aisha.getByRole("heading", { name: /^Status:/ }).innerText()).toContain("Awaiting decision");
    expect(aisha.url()).toBe(aishaManage);
    await checkA11y(aisha, "manage registration");

    const liam = await newPage();
    await registerAndConfirm(liam, LIAM);

    // The organiser approves Aisha (the one seat), then Liam, who goes to the waiting list.
    const organiser = await newPage();
    await signIn(organiser, "organiser", `/manage/forums/${forumId}/registrations`);
    await organiser.waitForURL(`**/manage/forums/${forumId}/registrations`);
    await poll(() => queueRow(organiser, AISHA.fullName).innerText()).toContain("Pending");
    expect(await queueRow(organiser, LIAM.fullName).innerText()).toContain("Pending");
    await checkA11y(organiser, "registrations queue");
    await decide(organiser, [AISHA.fullName], "Approve");
    expect(await organiser.getByRole("status").filter({ hasText: "Decision recorded" }).innerText()).toContain("1 approved");
    await poll(() => queueRow(organiser, AISHA.fullName).innerText()).toContain("Approved");

    await organiser.reload();
    await decide(organiser, [LIAM.fullName], "Approve");
    expect(await organiser.getByRole("status").filter({ hasText: "Decision recorded" }).innerText()).toContain("1 put on the waitlist");
    await poll(() => queueRow(organiser, LIAM.fullName).innerText()).toContain("Waitlisted");

    const approved = await waitForMail(AISHA.email, new RegExp(`^Your place is confirmed: ${FORUM}$`));
    expect(approved.text).toMatch(/check-in code is [A-Z0-9-]+/);
    const waitlisted = await waitForMail(LIAM.email, new RegExp(`^You are on the waiting list: ${FORUM}$`));
    const liamManage = linkIn(waitlisted, /^\/registrations\/(?!confirm\/)[^/]+$/);

    // The approval carries a new link; the one Aisha used before no longer works.
    expect((await aisha.request.get(aishaManage)).status()).toBe(404);
    // Aisha's page now confirms her place and offers the calendar file.
    await aisha.goto(linkIn(approved, /^\/registrations\/(?!confirm\/)[^/]+$/));
    await poll(() => aisha.getByRole("heading", { name: /^Status:/ }).innerText()).toContain("Place confirmed");
    expect(await aisha.getByRole("img", { name: /QR code for check-in code/ }).count()).toBe(1);
    const [download] = await Promise.all([aisha.waitForEvent("download"), aisha.getByRole("link", { name: "Add the forum to your calendar (.ics)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    // The browser runs as a separate server process: copy the file here, as a person's downloads folder would hold it.
    const saved = path.join(os.tmpdir(), `balai-e2e-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const events = eventsIn(fs.readFileSync(saved, "utf8"));
    fs.rmSync(saved);
    expect(events).toHaveLength(1);
    expect(events[0].summary).toContain(FORUM);
    // The forum's first day, in Bali time (UTC+8): the event starts on that day there.
    const baliDay = new Date(events[0].start.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(baliDay).toBe(firstDay);

    // Liam is on the waiting list, first in line.
    await liam.goto(liamManage);
    await poll(() => liam.getByRole("heading", { name: /^Status:/ }).innerText()).toContain("On the waiting list");
    expect(await liam.getByRole("main").innerText()).toContain("You are number 1 on the waiting list.");

    // Aisha cancels: the box must be ticked first.
    await aisha.getByRole("button", { name: "Cancel my registration" }).click();
    await poll(() => alerts(aisha).allInnerTexts().then((t) => t.join("\n"))).not.toBe("");
    expect((await e2eDb().registration.findFirstOrThrow({ where: { email: AISHA.email } })).status).toBe("approved");
    await aisha.getByRole("checkbox", { name: "Yes, cancel my registration." }).check();
    await aisha.getByRole("button", { name: "Cancel my registration" }).click();
    await poll(() => aisha.getByRole("status").filter({ hasText: "Your registration is cancelled" }).count()).toBe(1);
    await waitForMail(AISHA.email, new RegExp(`^Registration cancelled: ${FORUM}$`));

    // The seat goes to Liam at once, and he is told.
    const promoted = await waitForMail(LIAM.email, new RegExp(`^A seat has opened for you: ${FORUM}$`));
    expect(promoted.text).toContain("moved from the waiting list");
    await liam.goto(linkIn(promoted, /^\/registrations\/(?!confirm\/)[^/]+$/));
    await poll(() => liam.getByRole("heading", { name: /^Status:/ }).innerText()).toContain("Place confirmed");

    await organiser.reload();
    await poll(() => queueRow(organiser, LIAM.fullName).innerText()).toContain("Approved");
    expect(await queueRow(organiser, AISHA.fullName).innerText()).toContain("Cancelled");
    const rows = await e2eDb().registration.findMany({ where: { forumId }, orderBy: { email: "asc" } });
    expect(rows.map((r) => [r.email, r.status])).toEqual([
      [AISHA.email, "cancelled"],
      [LIAM.email, "approved"],
    ]);
  });
});
