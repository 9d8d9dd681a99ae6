import { UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { seed } from "@/prisma/seed";
import sitemap from "@/app/sitemap";
import robots from "@/app/robots";

beforeAll(async () => {
  await seed(testDb());
  // Publish the upcoming agenda so that its sessions are candidates for the sitemap.
  const forum = await testDb().forum.update({ where: { slug: UPCOMING_FORUM_SLUG }, data: { agendaPublishedAt: new Date() } });
  await testDb().forumSession.updateMany({ where: { forumId: forum.id }, data: { status: "published" } });
  await testDb().forum.create({
    data: { slug: "secret-draft-forum", name: "Draft", timeZone: "UTC", startsOn: new Date("2027-05-01"), endsOn: new Date("2027-05-01") },
  });
});

describe("sitemap", () => {
  it("lists public pages and never a closed, registered-only or draft item", async () => {
    const urls = (await sitemap()).map((e) => e.url);
    expect(urls).toContain(`http://localhost:3000/forums/${UPCOMING_FORUM_SLUG}`);
    expect(urls).toContain(`http://localhost:3000/forums/${UPCOMING_FORUM_SLUG}/agenda`);
    expect(urls.some((u) => u.endsWith("/sessions/seed-gabf2027-d1-opening"))).toBe(true);
    expect(urls.some((u) => u.includes("/news/private-sector-urged-to-help-dismantle-scam-centres"))).toBe(true);

    expect(urls.some((u) => u.includes("seed-gabf2027-d1-closed-consultation"))).toBe(false);
    expect(urls.some((u) => u.includes("seed-gabf2027-d1-platforms"))).toBe(false); // registered participants only
    expect(urls.some((u) => u.includes("secret-draft-forum"))).toBe(false);
  });

  it("keeps crawlers out of private areas", () => {
    const rules = robots().rules as { disallow: string[] };
    expect(rules.disallow).toEqual(expect.arrayContaining(["/manage", "/my-agenda", "/registrations"]));
  });
});
