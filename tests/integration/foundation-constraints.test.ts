import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";

// The database itself refuses bad rows, whatever code path writes them.
let forumId: string;
let roomId: string;

async function rejects(p: Promise<unknown>, constraint: RegExp) {
  await expect(p).rejects.toThrow(constraint);
}

beforeAll(async () => {
  const forum = await testDb().forum.create({
    data: {
      slug: "constraint-forum",
      name: "Constraint forum",
      timeZone: "Asia/Makassar",
      startsOn: new Date("2027-02-16"),
      endsOn: new Date("2027-02-17"),
      capacity: 10,
      rooms: { create: { name: "Room A", capacity: 20 } },
    },
    include: { rooms: true },
  });
  forumId = forum.id;
  roomId = forum.rooms[0].id;
});

describe("database constraints", () => {
  it("refuses a session that ends before or when it starts", async () => {
    const at = new Date("2027-02-16T01:00:00Z");
    await rejects(testDb().forumSession.create({ data: { forumId, title: "Backwards", startsAt: at, endsAt: new Date(at.getTime() - 60_000) } }), /ForumSession_times_check|check constraint/i);
    await rejects(testDb().forumSession.create({ data: { forumId, title: "Zero length", startsAt: at, endsAt: at } }), /ForumSession_times_check|check constraint/i);
    await expect(testDb().forumSession.count({ where: { forumId } })).resolves.toBe(0);
  });

  it("refuses negative capacities and attendance", async () => {
    await rejects(testDb().forum.update({ where: { id: forumId }, data: { capacity: -1 } }), /Forum_capacity_check|check constraint/i);
    await rejects(testDb().room.update({ where: { id: roomId }, data: { capacity: -5 } }), /Room_capacity_check|check constraint/i);
    const at = new Date("2027-02-16T01:00:00Z");
    await rejects(
      testDb().forumSession.create({ data: { forumId, title: "Negative", startsAt: at, endsAt: new Date(at.getTime() + 3_600_000), expectedAttendance: -3 } }),
      /expectedAttendance_check|check constraint/i,
    );
    await expect(testDb().forum.findUniqueOrThrow({ where: { id: forumId } })).resolves.toMatchObject({ capacity: 10 });
  });

  it("refuses a forum that ends before it starts, and a malformed slug", async () => {
    await rejects(
      testDb().forum.create({ data: { slug: "backwards", name: "Backwards", timeZone: "UTC", startsOn: new Date("2027-02-17"), endsOn: new Date("2027-02-16") } }),
      /Forum_dates_check|check constraint/i,
    );
    await rejects(
      testDb().forum.create({ data: { slug: "Not A Slug!", name: "Bad slug", timeZone: "UTC", startsOn: new Date("2027-02-16"), endsOn: new Date("2027-02-16") } }),
      /Forum_slug_check|check constraint/i,
    );
  });

  it("keeps slugs unique", async () => {
    await rejects(
      testDb().forum.create({ data: { slug: "constraint-forum", name: "Copy", timeZone: "UTC", startsOn: new Date("2027-02-16"), endsOn: new Date("2027-02-16") } }),
      /Unique constraint|slug/i,
    );
  });

  it("allows one registration per e-mail per forum", async () => {
    const base = {
      forumId,
      fullName: "Ana Reyes",
      consentVersion: "2026-11",
      consentAt: new Date(),
    };
    await testDb().registration.create({ data: { ...base, email: "ana@example.test", manageTokenHash: "h1", manageExpiresAt: new Date(), checkInCode: "c1" } });
    await rejects(
      testDb().registration.create({ data: { ...base, email: "ana@example.test", manageTokenHash: "h2", manageExpiresAt: new Date(), checkInCode: "c2" } }),
      /Unique constraint|forumId.*email/i,
    );
    await rejects(
      testDb().registration.create({ data: { ...base, email: "Ana@Example.test", manageTokenHash: "h3", manageExpiresAt: new Date(), checkInCode: "c3" } }),
      /Registration_email_check|check constraint/i,
    );
    await expect(testDb().registration.count({ where: { forumId } })).resolves.toBe(1);
  });

  it("refuses a delegate without a member state", async () => {
    await rejects(testDb().user.create({ data: { email: "lonely@example.test", role: "delegate" } }), /User_delegate_state_check|check constraint/i);
  });

  it("refuses rows that point at nothing, and cascades forum deletion to its agenda", async () => {
    const at = new Date("2027-02-16T01:00:00Z");
    await rejects(
      testDb().forumSession.create({ data: { forumId: "no-such-forum", title: "Orphan", startsAt: at, endsAt: new Date(at.getTime() + 1000) } }),
      /Foreign key|foreign key/i,
    );
    const other = await testDb().forum.create({
      data: {
        slug: "to-delete",
        name: "To delete",
        timeZone: "UTC",
        startsOn: new Date("2027-03-01"),
        endsOn: new Date("2027-03-01"),
        rooms: { create: { name: "R" } },
        sessions: { create: { title: "S", startsAt: at, endsAt: new Date(at.getTime() + 60_000) } },
      },
    });
    await testDb().forum.delete({ where: { id: other.id } });
    await expect(testDb().forumSession.count({ where: { forumId: other.id } })).resolves.toBe(0);
    await expect(testDb().room.count({ where: { forumId: other.id } })).resolves.toBe(0);
  });

  it("has an index for the agenda query (forum, start time)", async () => {
    const rows = await testDb().$queryRaw<{ indexdef: string }[]>`SELECT indexdef FROM pg_indexes WHERE tablename = 'ForumSession'`;
    expect(rows.map((r) => r.indexdef).join("\n")).toMatch(/\("forumId", "startsAt"\)/);
  });
});
