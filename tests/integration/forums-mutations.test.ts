import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { expectRefusedForNonOrganisers } from "../support/refusals";
import { signInAs, usersByRole } from "../support/auth";
import {
  createForumAction,
  createRoomAction,
  createTrackAction,
  deleteRoomAction,
  deleteTrackAction,
  publishAgendaAction,
  setForumStatusAction,
  updateForumAction,
  updateRoomAction,
  updateTrackAction,
} from "@/lib/forums/actions";
import { getForumForEditing, listForumsForOrganiser } from "@/lib/forums/queries";
import { zonedToUtc } from "@/lib/time";

let users: Awaited<ReturnType<typeof usersByRole>>;
beforeAll(async () => {
  users = await usersByRole();
});

const forumInput = (over: Record<string, unknown> = {}) => ({
  name: "Government and Business Forum 2028",
  slug: "gabf-2028",
  description: "Two days in Bali.",
  venue: "BICC",
  city: "Nusa Dua",
  country: "Indonesia",
  timeZone: "Asia/Makassar",
  startsOn: "2028-02-15",
  endsOn: "2028-02-16",
  status: "draft",
  capacity: "300",
  organisationCap: "3",
  registrationOpensOn: "2027-10-01",
  registrationOpensAt: "09:00",
  registrationClosesOn: "2028-02-01",
  registrationClosesAt: "17:00",
  ...over,
});

/** Everything an organiser write could touch, to prove a refused call changed nothing. */
async function snapshot() {
  const db = testDb();
  return {
    forums: await db.forum.findMany({ orderBy: { id: "asc" } }),
    rooms: await db.room.findMany({ orderBy: { id: "asc" } }),
    tracks: await db.track.findMany({ orderBy: { id: "asc" } }),
    sessions: await db.forumSession.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

function expectRefusedForOthers(call: () => Promise<{ ok: boolean; code?: string }>) {
  return expectRefusedForNonOrganisers(users, snapshot, call);
}

async function makeForum(over: Record<string, unknown> = {}) {
  signInAs(users.organiser);
  const r = await createForumAction(forumInput(over));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data;
}

describe("creating a forum", () => {
  it("is refused to delegates, attendees and anonymous callers, with no change", async () => {
    await expectRefusedForOthers(() => createForumAction(forumInput({ slug: "refused-forum" })));
  });

  it("lets an organiser create one, storing the registration window in UTC from forum time, and audits it", async () => {
    const { id } = await makeForum();
    const row = await testDb().forum.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ slug: "gabf-2028", capacity: 300, organisationCap: 3, status: "draft", version: 1 });
    expect(row.registrationOpensAt?.toISOString()).toBe(zonedToUtc("2027-10-01", "09:00", "Asia/Makassar").toISOString());
    expect(row.registrationOpensAt?.toISOString()).toBe("2027-10-01T01:00:00.000Z");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: id } });
    expect(audit).toMatchObject({ action: "forum.create", actorId: users.organiser.id, targetType: "forum" });
  });

  it("refuses a slug that is taken, at the slug field, and keeps the first forum", async () => {
    signInAs(users.organiser);
    const count = await testDb().forum.count();
    const r = await createForumAction(forumInput({ name: "Another" }));
    expect(r).toMatchObject({ ok: false, code: "conflict", fieldErrors: { slug: [expect.stringContaining("already used")] } });
    expect(await testDb().forum.count()).toBe(count);
  });

  it("refuses bad input with an error at each field and writes nothing", async () => {
    signInAs(users.organiser);
    const count = await testDb().forum.count();
    const r = await createForumAction(forumInput({ slug: "Bad Slug", endsOn: "2028-01-01", timeZone: "Nowhere/City", capacity: "-5", name: "" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["capacity", "endsOn", "name", "slug", "timeZone"]);
    expect(await testDb().forum.count()).toBe(count);
  });
});

describe("editing a forum", () => {
  it("is refused to others with no change", async () => {
    const { id } = await makeForum({ slug: "edit-refused" });
    await expectRefusedForOthers(() => updateForumAction({ forumId: id, version: 1, forum: forumInput({ slug: "edit-refused", name: "Hijacked" }) }));
    await expectRefusedForOthers(() => setForumStatusAction({ forumId: id, version: 1, status: "archived" }));
  });

  it("saves with the loaded version, audits the before and after, and archives", async () => {
    const { id } = await makeForum({ slug: "edit-ok" });
    signInAs(users.organiser);
    const r = await updateForumAction({ forumId: id, version: 1, forum: forumInput({ slug: "edit-ok", city: "Denpasar" }) });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: id, action: "forum.update" } });
    expect(audit.data).toMatchObject({ fromVersion: 1, toVersion: 2, changes: [{ label: "city", from: "Nusa Dua", to: "Denpasar" }] });
    expect(await setForumStatusAction({ forumId: id, version: 2, status: "archived" })).toMatchObject({ ok: true });
    expect(await testDb().forum.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "archived", city: "Denpasar", version: 3 });
    expect(await testDb().auditEvent.count({ where: { targetId: id, action: "forum.archive" } })).toBe(1);
  });

  it("refuses the second of two saves from the same version, naming what the first changed, and keeps the first", async () => {
    const { id } = await makeForum({ slug: "edit-race" });
    signInAs(users.organiser);
    const [a, b] = await Promise.all([
      updateForumAction({ forumId: id, version: 1, forum: forumInput({ slug: "edit-race", venue: "Hall A" }) }),
      updateForumAction({ forumId: id, version: 1, forum: forumInput({ slug: "edit-race", venue: "Hall B", capacity: "10" }) }),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok)!;
    expect(loser).toMatchObject({ ok: false, code: "stale" });
    const winnerVenue = a.ok ? "Hall A" : "Hall B";
    if (!loser.ok) expect(loser.message).toContain(`venue BICC → ${winnerVenue}`);
    expect(await testDb().forum.findUniqueOrThrow({ where: { id } })).toMatchObject({ venue: winnerVenue, version: 2 });
  });

  it("gives organisers the form values back in forum time", async () => {
    const { id } = await makeForum({ slug: "edit-values", timeZone: "Australia/Adelaide", registrationOpensOn: "2027-10-04", registrationOpensAt: "09:30" });
    const forum = await getForumForEditing(id, users.organiser);
    expect(forum?.values).toMatchObject({ registrationOpensOn: "2027-10-04", registrationOpensAt: "09:30", timeZone: "Australia/Adelaide" });
    // Refused, by the one rule for queries (lib/auth/permissions.ts `authorize`): an error, not an empty answer.
    await expect(getForumForEditing(id, users.delegate)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listForumsForOrganiser(users.attendee)).rejects.toMatchObject({ code: "forbidden" });
    expect((await listForumsForOrganiser(users.organiser)).some((f) => f.id === id)).toBe(true);
  });
});

describe("rooms and tracks", () => {
  it("are refused to others with no change", async () => {
    const { id } = await makeForum({ slug: "rooms-refused" });
    const room = await createRoomAction({ forumId: id, name: "Hall", capacity: "100" });
    const track = await createTrackAction({ forumId: id, name: "Finance", colour: "#b45309" });
    if (!room.ok || !track.ok) throw new Error("setup");
    await expectRefusedForOthers(() => createRoomAction({ forumId: id, name: "Other", capacity: "" }));
    await expectRefusedForOthers(() => updateRoomAction({ roomId: room.data.id, name: "Renamed", capacity: "1" }));
    await expectRefusedForOthers(() => deleteRoomAction({ roomId: room.data.id }));
    await expectRefusedForOthers(() => createTrackAction({ forumId: id, name: "Other", colour: "#000000" }));
    await expectRefusedForOthers(() => updateTrackAction({ trackId: track.data.id, name: "Renamed", colour: "#000000" }));
    await expectRefusedForOthers(() => deleteTrackAction({ trackId: track.data.id }));
  });

  it("lets organisers add, rename and delete them, refusing duplicate names at the field", async () => {
    const { id } = await makeForum({ slug: "rooms-ok" });
    const room = await createRoomAction({ forumId: id, name: "Uluwatu Room", capacity: "80" });
    expect(room.ok).toBe(true);
    expect(await createRoomAction({ forumId: id, name: "Uluwatu Room", capacity: "" })).toMatchObject({ ok: false, code: "conflict", fieldErrors: { name: expect.any(Array) } });
    expect(await createRoomAction({ forumId: id, name: "Tiny", capacity: "-1" })).toMatchObject({ ok: false, fieldErrors: { capacity: expect.any(Array) } });
    if (!room.ok) return;
    expect(await updateRoomAction({ roomId: room.data.id, name: "Uluwatu", capacity: "90" })).toMatchObject({ ok: true });
    expect(await testDb().room.findUniqueOrThrow({ where: { id: room.data.id } })).toMatchObject({ name: "Uluwatu", capacity: 90 });
    const track = await createTrackAction({ forumId: id, name: "Finance", colour: "#B45309" });
    expect(track.ok).toBe(true);
    expect(await createTrackAction({ forumId: id, name: "Bad", colour: "red" })).toMatchObject({ ok: false, fieldErrors: { colour: expect.any(Array) } });
    if (!track.ok) return;
    expect(await testDb().track.findUniqueOrThrow({ where: { id: track.data.id } })).toMatchObject({ colour: "#b45309" });
    expect(await deleteTrackAction({ trackId: track.data.id })).toMatchObject({ ok: true });
    expect(await deleteRoomAction({ roomId: room.data.id })).toMatchObject({ ok: true });
    expect(await testDb().room.count({ where: { forumId: id } })).toBe(0);
    const actions = (await testDb().auditEvent.findMany({ where: { actorId: users.organiser.id }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["room.create", "room.update", "room.delete", "track.create", "track.delete"]));
  });

  it("refuses to delete a room that still holds sessions", async () => {
    const { id } = await makeForum({ slug: "rooms-in-use" });
    const room = await createRoomAction({ forumId: id, name: "Hall", capacity: "" });
    if (!room.ok) throw new Error("setup");
    await testDb().forumSession.create({
      data: { forumId: id, title: "Opening", startsAt: new Date("2028-02-15T01:00:00Z"), endsAt: new Date("2028-02-15T02:00:00Z"), roomId: room.data.id },
    });
    expect(await deleteRoomAction({ roomId: room.data.id })).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("Move or cancel") });
    expect(await testDb().room.count({ where: { id: room.data.id } })).toBe(1);
  });
});

describe("publishing the agenda", () => {
  async function forumWithClash(slug: string) {
    const { id } = await makeForum({ slug });
    const room = await testDb().room.create({ data: { forumId: id, name: "Hall" } });
    const at = (h: number) => zonedToUtc("2028-02-15", `${String(h).padStart(2, "0")}:00`, "Asia/Makassar");
    await testDb().forumSession.createMany({
      data: [
        { forumId: id, title: "One", startsAt: at(9), endsAt: at(11), roomId: room.id },
        { forumId: id, title: "Two", startsAt: at(10), endsAt: at(12), roomId: room.id },
        { forumId: id, title: "Gone", startsAt: at(13), endsAt: at(14), status: "cancelled" },
      ],
    });
    return id;
  }

  it("is refused to others with no change", async () => {
    const id = await forumWithClash("publish-refused");
    await expectRefusedForOthers(() => publishAgendaAction({ forumId: id, acknowledgeIssues: true }));
  });

  it("needs an explicit acknowledgement of open issues, enforced on the server", async () => {
    const id = await forumWithClash("publish-ack");
    signInAs(users.organiser);
    const refused = await publishAgendaAction({ forumId: id });
    expect(refused).toMatchObject({ ok: false, code: "conflict", fieldErrors: { acknowledgeIssues: [expect.stringContaining("1 open issue")] } });
    expect(await testDb().forum.findUniqueOrThrow({ where: { id } })).toMatchObject({ agendaPublishedAt: null });
    expect(await testDb().forumSession.count({ where: { forumId: id, status: "published" } })).toBe(0);

    const ok = await publishAgendaAction({ forumId: id, acknowledgeIssues: "on" });
    expect(ok).toMatchObject({ ok: true, data: { sessionsPublished: 2, openIssues: 1 } });
    expect((await testDb().forum.findUniqueOrThrow({ where: { id } })).agendaPublishedAt).not.toBeNull();
    const statuses = (await testDb().forumSession.findMany({ where: { forumId: id }, orderBy: { title: "asc" } })).map((s) => [s.title, s.status]);
    expect(statuses).toEqual([
      ["Gone", "cancelled"],
      ["One", "published"],
      ["Two", "published"],
    ]);
    expect(await testDb().auditEvent.count({ where: { targetId: id, action: "agenda.publish" } })).toBe(1);
  });
});
