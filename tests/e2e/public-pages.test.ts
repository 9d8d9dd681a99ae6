import { UPCOMING, UPCOMING_FORUM_NAME, UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { formatDayRange } from "@/lib/time";
import { describe, expect, it } from "vitest";
import { alerts, checkA11y, connectBrowser, poll, shoot, signIn } from "./support/browser";

const { newPage } = connectBrowser();

describe("public pages and sign-in", () => {
  it("the home page lists the upcoming and past forums from the seed", async () => {
    const page = await newPage();
    await page.goto("/");
    await poll(() => page.getByRole("heading", { level: 1 }).innerText()).toMatch(/Forums where governments and business/);

    const upcoming = page.getByRole("region", { name: "Upcoming forums" });
    await poll(() => upcoming.getByRole("link", { name: UPCOMING_FORUM_NAME }).count()).toBe(1);
    const past = page.getByRole("region", { name: "Past forums" });
    await poll(() => past.getByRole("link", { name: "Government and Business Forum 2023" }).count()).toBe(1);
    // An anonymous visitor is offered sign-in and no console.
    expect(await page.getByRole("link", { name: "Sign in" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Organiser console" }).count()).toBe(0);

    await checkA11y(page, "home");
    await shoot(page, "home");
  });

  it("a forum page shows its dates, venue and an open registration", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.getByRole("link", { name: UPCOMING_FORUM_NAME }).click();
    await page.waitForURL(`**/forums/${UPCOMING_FORUM_SLUG}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(UPCOMING_FORUM_NAME);
    const main = await page.getByRole("main").innerText();
    expect(main).toContain("Bali International Convention Centre");
    expect(main).toContain(formatDayRange(UPCOMING.startsOn, UPCOMING.endsOn));
    expect(main).toContain("WITA");
    expect(await page.getByRole("link", { name: "Register to attend" }).getAttribute("href")).toBe(`/forums/${UPCOMING_FORUM_SLUG}/register`);

    await checkA11y(page, "forum");
    await shoot(page, "forum");
  });

  it("a wrong password is refused with the one neutral message, and the right one signs the organiser in", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    await checkA11y(page, "sign-in");

    await page.getByLabel("E-mail").fill("organiser@balai.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await poll(() => alerts(page).innerText()).toContain("That e-mail and password do not match an account.");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(await page.getByRole("link", { name: "Organiser console" }).count()).toBe(0);

    await signIn(page, "organiser");
    const nav = page.getByRole("navigation", { name: "Main" });
    await poll(() => nav.getByRole("link", { name: "Organiser console" }).count()).toBe(1);
    expect(await page.getByRole("banner").innerText()).toContain("Organiser");
  });

  it("a delegate is signed in with their member state and gets no organiser console", async () => {
    const page = await newPage();
    await signIn(page, "delegate");
    const banner = await page.getByRole("banner").innerText();
    expect(banner).toContain("Indonesia");
    expect(await page.getByRole("link", { name: "Organiser console" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "My agenda" }).count()).toBe(1);
    // Typing the console's address gets a clear refusal with a 403, not the console.
    const res = await page.goto("/manage/forums");
    expect(res?.status()).toBe(403);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Organisers only");
  });
});
