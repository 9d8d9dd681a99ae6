import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { createUser, signInAs } from "../support/auth";
import { createMemberStateAction, updateMemberStateAction } from "@/lib/member-states/actions";
import { addBookmarkAction } from "@/lib/agenda/actions";
import { createForumAction, setForumStatusAction } from "@/lib/forums/actions";
import { updateSessionAction, createSessionAction } from "@/lib/agenda/actions";
import { getRegistrationByManageToken } from "@/lib/registrations/queries";
import { manageTokenFor, manageTokenHashFor, newCheckInCode } from "@/lib/registrations/links";
import { registrationDataExport } from "@/lib/registrations/data-export";

// Bad input gets a clear answer and loses nothing already stored; reads behind an anonymous link show only what the
// public may see.

const NUL = "\u0000";

async function makeForum() {
  const now = Date.now();
  return testDb().forum.create({
    data: {
      slug: `bad-input-${randomUUID().slice(0, 8)}`,
      name: "Bad input forum",
      timeZone: "Asia/Makassar",
      startsOn: new Date(now + 60 * 86_400_000),
      endsOn: new Date(now + 61 * 86_400_000),
      status: "published",
      agendaPublishedAt: new Date(now - 86_400_000),
    },
  });
}

describe("a NUL character in an action's input", () => {
  beforeEach(async () => signInAs(await createUser("organiser")));

  it("is refused as invalid input (not an internal error) and leaves the stored row as it was", async () => {
    const created = await createMemberStateAction(form({ name: "Testonia", isoCode: "", kind: "state", status: "member" }));
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";

    const renamed = await updateMemberStateAction(form({ id, name: `Test${NUL}onia`, isoCode: "", kind: "state", status: "observer" }));
    expect(renamed).toMatchObject({ ok: false, code: "invalid_input" });
    expect(renamed.ok ? "" : renamed.message).toMatch(/cannot be accepted/);
    expect(await testDb().memberState.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Testonia", status: "member" });

    const added = await createMemberStateAction(form({ name: `Nul${NUL}land`, isoCode: "", kind: "state", status: "member" }));
    expect(added).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().memberState.count()).toBe(1);
  });

  it("in an id that is looked up is invalid input too, for any signed-in caller", async () => {
    signInAs(await createUser("attendee"));
    const result = await addBookmarkAction({ sessionId: `seed${NUL}` });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().agendaBookmark.count()).toBe(0);
  });
});

describe("a number beyond what the database holds", () => {
  it("is invalid input, and the forum keeps its status and version", async () => {
    signInAs(await createUser("organiser"));
    const forum = await makeForum();
    const result = await setForumStatusAction({ forumId: forum.id, version: "99999999999", status: "archived" });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().forum.findUniqueOrThrow({ where: { id: forum.id } })).toMatchObject({ status: "published", version: 1 });
  });
});

describe("an action called with no object at all", () => {
  beforeEach(async () => signInAs(await createUser("organiser")));

  it("answers with field errors instead of crashing in the cross-field checks", async () => {
    const before = await testDb().forum.count();
    for (const input of [null, undefined]) {
      // A crafted request can send anything; the type does not allow it, the pipeline must cope.
      const result = await createForumAction(input as never);
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    }
    expect(await testDb().forum.count()).toBe(before);
  });

  it("keeps a session as it was when the session fields are missing", async () => {
    const forum = await makeForum();
    const session = await testDb().forumSession.create({
      data: { forumId: forum.id, title: "Kept as it was", startsAt: new Date(forum.startsOn.getTime() + 3_600_000), endsAt: new Date(forum.startsOn.getTime() + 7_200_000) },
    });
    expect(await updateSessionAction({ sessionId: session.id, version: 1 })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await updateSessionAction({ sessionId: session.id, version: 1, session: null })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await createSessionAction({ forumId: forum.id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().forumSession.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ title: "Kept as it was", version: 1 });
    expect(await testDb().forumSession.count()).toBe(1);
  });
});

describe("sessions of interest behind a registration's manage link", () => {
  it("list only sessions the public may see, also after a chosen session was closed to delegates or unpublished", async () => {
    const forum = await makeForum();
    const at = (h: number) => new Date(forum.startsOn.getTime() + h * 3_600_000);
    const session = (title: string) =>
      testDb().forumSession.create({ data: { forumId: forum.id, title, status: "published", visibility: "public", startsAt: at(1), endsAt: at(2) } });
    const open = await session("Open plenary on ethical recruitment");
    const closedLater = await session("Consultation later closed to delegates");
    const draftLater = await session("Workshop later taken back to draft");

    const id = randomUUID();
    const createdAt = new Date();
    await testDb().registration.create({
      data: {
        id,
        createdAt,
        forumId: forum.id,
        email: "registrant@example.test",
        fullName: "A Registrant",
        consentVersion: "test",
        consentAt: createdAt,
        emailConfirmedAt: createdAt,
        manageTokenHash: manageTokenHashFor({ id, createdAt }),
        manageExpiresAt: new Date(Date.now() + 86_400_000),
        checkInCode: newCheckInCode(),
        interests: { create: [{ sessionId: open.id }, { sessionId: closedLater.id }, { sessionId: draftLater.id }] },
      },
    });
    await testDb().forumSession.update({ where: { id: closedLater.id }, data: { visibility: "delegates" } });
    await testDb().forumSession.update({ where: { id: draftLater.id }, data: { status: "draft" } });

    const reg = await getRegistrationByManageToken(manageTokenFor({ id, createdAt }));
    expect(reg?.interests.map((i) => i.session.id)).toEqual([open.id]);
    const exported = JSON.stringify(registrationDataExport(reg!));
    expect(exported).toContain("Open plenary on ethical recruitment");
    expect(exported).not.toContain("later closed");
    expect(exported).not.toContain("back to draft");
    // Nothing stored was removed by reading.
    expect(await testDb().registrationInterest.count({ where: { registrationId: id } })).toBe(3);
  });
});
