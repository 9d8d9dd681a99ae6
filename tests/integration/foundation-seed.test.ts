import { UPCOMING, UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { demoAccounts, DEMO_PASSWORD, seed } from "@/prisma/seed";
import { authenticate } from "@/lib/auth/authenticate";

async function snapshot() {
  const db = testDb();
  return {
    memberStates: await db.memberState.count(),
    users: await db.user.count(),
    forums: await db.forum.count(),
    sessions: await db.forumSession.count(),
    presenters: await db.presenter.count(),
    links: await db.sessionPresenter.count(),
    writeUps: await db.writeUp.count(),
    rooms: await db.room.count(),
    tracks: await db.track.count(),
  };
}

describe("demo seed", () => {
  it("loads the member states, forums, agenda and accounts, and a second run changes nothing", async () => {
    await seed(testDb());
    const first = await snapshot();
    const upcoming = await testDb().forum.findUniqueOrThrow({
      where: { slug: UPCOMING_FORUM_SLUG },
      include: { rooms: true, tracks: true, sessions: true },
    });
    const editedTitle = "Edited by an organiser";
    await testDb().forumSession.update({ where: { id: upcoming.sessions[0].id }, data: { title: editedTitle } });

    await seed(testDb());
    expect(await snapshot()).toEqual(first);
    // Seeding again never undoes an organiser's edit.
    await expect(testDb().forumSession.findUniqueOrThrow({ where: { id: upcoming.sessions[0].id } })).resolves.toMatchObject({ title: editedTitle });

    const members = await testDb().memberState.findMany({ where: { status: "member" } });
    expect(members.filter((m) => m.kind !== "organisation")).toHaveLength(45);
    expect(members.filter((m) => m.kind === "organisation")).toHaveLength(4);

    // The upcoming forum: a draft agenda of at least 12 sessions over 2 days in 3 rooms and 3 tracks.
    expect(upcoming.agendaPublishedAt).toBeNull();
    expect(upcoming.rooms).toHaveLength(3);
    expect(upcoming.tracks).toHaveLength(3);
    expect(upcoming.sessions.length).toBeGreaterThanOrEqual(12);
    expect(upcoming.sessions.some((s) => s.visibility === "delegates")).toBe(true);
    expect(upcoming.sessions.some((s) => s.chathamHouse)).toBe(true);
    const days = new Set(upcoming.sessions.map((s) => s.startsAt.toLocaleDateString("en-CA", { timeZone: upcoming.timeZone })));
    expect([...days].sort()).toEqual([UPCOMING.startsOn, UPCOMING.endsOn]);
    // Always ahead of today, with registration open now.
    expect(UPCOMING.startsOn > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(upcoming.registrationOpensAt!.getTime()).toBeLessThan(Date.now());
    expect(upcoming.registrationClosesAt!.getTime()).toBeGreaterThan(Date.now());

    // The past forum with the scam-centres session, its presenters and a published write-up.
    const past = await testDb().forum.findUniqueOrThrow({
      where: { slug: "gabf-2023" },
      include: { sessions: { include: { presenters: true } }, writeUps: true },
    });
    const scam = past.sessions.find((s) => /scam centres/i.test(s.title));
    expect(scam?.presenters.length).toBeGreaterThanOrEqual(3);
    expect(past.writeUps.some((w) => w.status === "published")).toBe(true);
  });

  it("creates demo accounts that sign in with the printed password", async () => {
    await seed(testDb());
    for (const account of demoAccounts) {
      await expect(authenticate({ email: account.email, password: DEMO_PASSWORD })).resolves.toMatchObject({ role: account.role });
    }
    const delegate = await testDb().user.findUniqueOrThrow({ where: { email: "delegate.indonesia@balai.test" }, include: { memberState: true } });
    expect(delegate.memberState?.name).toBe("Indonesia");
  });
});
