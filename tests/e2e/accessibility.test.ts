import { describe, expect, it } from "vitest";
import { UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { checkA11y, connectBrowser, signIn } from "./support/browser";
import { e2eDb } from "./support/db";

// axe-core on every console page and public page with the realistic demo data (the full seed: a forum with its
// agenda, presenters, registrations, write-ups), 0 serious or critical findings. The journeys check the pages they
// pass through; this visits the rest as well.
const { newPage } = connectBrowser();

async function pages() {
  const db = e2eDb();
  // The upcoming forum (registrations open) for the console, and the newest forum with a published agenda.
  const forum = await db.forum.findUniqueOrThrow({ where: { slug: UPCOMING_FORUM_SLUG } });
  const published = await db.forum.findFirstOrThrow({
    where: { agendaPublishedAt: { not: null }, sessions: { some: { status: "published", visibility: "public" } } },
    orderBy: { startsOn: "desc" },
  });
  const session = await db.forumSession.findFirstOrThrow({ where: { forumId: published.id, status: "published", visibility: "public" }, orderBy: { startsAt: "asc" } });
  const registration = await db.registration.findFirst({ where: { forumId: forum.id, erasedAt: null } });
  const presenter = await db.presenter.findFirstOrThrow({ orderBy: { name: "asc" } });
  const memberState = await db.memberState.findFirstOrThrow({ orderBy: { name: "asc" } });
  const writeUp = await db.writeUp.findFirstOrThrow({ where: { status: "published" }, orderBy: { date: "desc" } });
  const console = [
    "/manage",
    "/manage/forums",
    `/manage/forums/${forum.id}`,
    `/manage/forums/${forum.id}/agenda`,
    `/manage/forums/${forum.id}/registrations`,
    ...(registration ? [`/manage/forums/${forum.id}/registrations/${registration.id}`] : []),
    `/manage/forums/${forum.id}/check-in`,
    `/manage/forums/${forum.id}/changes`,
    `/manage/forums/${published.id}/agenda`,
    `/manage/forums/${published.id}/sessions/${session.id}`,
    `/manage/forums/${forum.id}/sessions/new`,
    "/manage/forums/new",
    "/manage/presenters",
    `/manage/presenters/${presenter.id}`,
    "/manage/presenters/new",
    "/manage/member-states",
    `/manage/member-states/${memberState.id}`,
    "/manage/member-states/new",
    "/manage/delegates",
    "/manage/write-ups",
    `/manage/write-ups/${writeUp.id}`,
    `/manage/write-ups/${writeUp.id}/revisions`,
    "/manage/write-ups/new",
    "/manage/audit",
  ];
  const publicPages = [
    "/",
    `/forums/${UPCOMING_FORUM_SLUG}`,
    `/forums/${UPCOMING_FORUM_SLUG}/register`,
    `/forums/${published.slug}`,
    `/forums/${published.slug}/agenda`,
    `/forums/${published.slug}/agenda?view=grid`,
    `/forums/${published.slug}/agenda/changes`,
    `/forums/${published.slug}/sessions/${session.id}`,
    "/news",
    `/news/${writeUp.slug}`,
    "/presenters",
    `/presenters/${presenter.slug}`,
    "/sign-in",
  ];
  return { console, publicPages };
}

describe("accessibility with the demo data", () => {
  it("every public page: no serious or critical axe finding", async () => {
    const { publicPages } = await pages();
    const page = await newPage();
    for (const path of publicPages) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBeLessThan(400);
      await checkA11y(page, path);
    }
  });

  it("every console page: no serious or critical axe finding", async () => {
    const { console } = await pages();
    const page = await newPage();
    await signIn(page, "organiser", "/manage");
    for (const path of console) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBeLessThan(400);
      await checkA11y(page, path);
    }
  });

  it("the delegate's own agenda", async () => {
    const page = await newPage();
    await signIn(page, "delegate", "/my-agenda");
    await checkA11y(page, "/my-agenda");
  });
});
