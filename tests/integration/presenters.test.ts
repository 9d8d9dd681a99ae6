import { beforeEach, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { createUser, signInAs, usersByRole } from "../support/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import { createPresenterAction, deletePresenterAction, updatePresenterAction } from "@/lib/presenters/actions";
import { getPresenterPage, listPresenters, listPresentersForConsole } from "@/lib/presenters/queries";

function png(width = 4, height = 3): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(200);
  return PNG.sync.write(image);
}

/** Everything a presenter write could touch, to prove a refused write changed nothing. */
async function snapshot() {
  const db = testDb();
  return {
    presenters: await db.presenter.findMany({ orderBy: { id: "asc" } }),
    links: await db.sessionPresenter.findMany({ orderBy: [{ sessionId: "asc" }, { presenterId: "asc" }] }),
    media: await db.media.findMany({ select: { id: true, size: true }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

let users: { organiser: CurrentUser; delegate: CurrentUser; attendee: CurrentUser };
beforeEach(async () => {
  users ??= await usersByRole();
  signInAs(users.organiser);
});

async function makeForum(opts: { published: boolean; slug: string }) {
  return testDb().forum.create({
    data: {
      slug: opts.slug,
      name: `Forum ${opts.slug}`,
      timeZone: "Asia/Makassar",
      startsOn: new Date("2027-08-04T00:00:00Z"),
      endsOn: new Date("2027-08-05T00:00:00Z"),
      status: "published",
      agendaPublishedAt: opts.published ? new Date("2027-06-01T00:00:00Z") : null,
    },
  });
}

async function makeSession(forumId: string, presenterId: string, opts: { title: string; visibility?: "public" | "registered" | "delegates"; status?: "draft" | "published" | "cancelled"; start?: string }) {
  const startsAt = new Date(opts.start ?? "2027-08-04T01:00:00Z");
  return testDb().forumSession.create({
    data: {
      forumId,
      title: opts.title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      visibility: opts.visibility ?? "public",
      status: opts.status ?? "published",
      presenters: { create: { presenterId, role: "speaker" } },
    },
  });
}

describe("creating a presenter", () => {
  it("saves the details, a unique slug from the name, and an audit event with the new values", async () => {
    const first = await createPresenterAction(form({ name: "Dewi Kartika", title: "Co-Manager", organisation: "RSO", country: "Indonesia", bio: "Leads the office." }));
    expect(first).toMatchObject({ ok: true, data: { slug: "dewi-kartika" } });
    const second = await createPresenterAction(form({ name: "Dewi  Kartika" }));
    expect(second).toMatchObject({ ok: true, data: { slug: "dewi-kartika-2" } });
    const row = await testDb().presenter.findUniqueOrThrow({ where: { slug: "dewi-kartika" } });
    expect(row).toMatchObject({ name: "Dewi Kartika", title: "Co-Manager", organisation: "RSO", country: "Indonesia", bio: "Leads the office.", photoId: null });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: row.id } });
    expect(audit).toMatchObject({ actorId: users.organiser.id, action: "presenter.create", targetType: "presenter" });
    expect((audit.data as { after: { name: string } }).after.name).toBe("Dewi Kartika");
  });

  it("shows each error at its field and saves nothing for bad input", async () => {
    const before = await snapshot();
    const result = await createPresenterAction(form({ name: "  ", bio: "x".repeat(4001), photo: new File(["hello"], "photo.png", { type: "image/png" }) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "bio", "photo"]));
    expect(await snapshot()).toEqual(before);
  });
});

describe("slugs under concurrency", () => {
  it("gives namesakes created at the same moment distinct slugs", async () => {
    const results = await Promise.all([1, 2, 3].map(() => createPresenterAction(form({ name: "Same Name" }))));
    expect(results.every((r) => r.ok)).toBe(true);
    const slugs = (await testDb().presenter.findMany({ where: { name: "Same Name" }, select: { slug: true } })).map((p) => p.slug).sort();
    expect(slugs).toEqual(["same-name", "same-name-2", "same-name-3"]);
  });
});

describe("presenter photos", () => {
  it("accepts an image by its content, whatever the file is called", async () => {
    const result = await createPresenterAction(form({ name: "Photo Person", photo: new File([new Uint8Array(png())], "scan.pdf", { type: "application/pdf" }) }));
    expect(result.ok).toBe(true);
    const row = await testDb().presenter.findUniqueOrThrow({ where: { slug: "photo-person" }, include: { photo: true } });
    expect(row.photo?.contentType).toBe("image/png");
  });

  it("refuses a text file named .png and an image over 5 MB, saving nothing", async () => {
    const before = await snapshot();
    const text = await createPresenterAction(form({ name: "Text Photo", photo: new File(["just some words"], "photo.png", { type: "image/png" }) }));
    expect(text).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringContaining("JPEG, PNG or WebP")] } });
    const big = Buffer.concat([png(), Buffer.alloc(5 * 1024 * 1024)]);
    const large = await createPresenterAction(form({ name: "Large Photo", photo: new File([new Uint8Array(big)], "big.png", { type: "image/png" }) }));
    expect(large).toMatchObject({ ok: false, fieldErrors: { photo: [expect.stringContaining("5 MB")] } });
    expect(await snapshot()).toEqual(before);
  });

  it("replacing a photo deletes the old image; removing it deletes it too", async () => {
    const created = await createPresenterAction(form({ name: "Replace Me", photo: new File([new Uint8Array(png(2, 2))], "a.png") }));
    if (!created.ok) throw new Error(created.message);
    const firstPhoto = (await testDb().presenter.findUniqueOrThrow({ where: { id: created.data.id } })).photoId!;
    const replaced = await updatePresenterAction(form({ id: created.data.id, name: "Replace Me", photo: new File([new Uint8Array(png(5, 5))], "b.png") }));
    expect(replaced.ok).toBe(true);
    const secondPhoto = (await testDb().presenter.findUniqueOrThrow({ where: { id: created.data.id } })).photoId!;
    expect(secondPhoto).not.toBe(firstPhoto);
    expect(await testDb().media.findUnique({ where: { id: firstPhoto } })).toBeNull();

    // Saving without a new file keeps the photo.
    expect((await updatePresenterAction(form({ id: created.data.id, name: "Replace Me", title: "New title", photo: new File([], "") }))).ok).toBe(true);
    expect((await testDb().presenter.findUniqueOrThrow({ where: { id: created.data.id } })).photoId).toBe(secondPhoto);

    expect((await updatePresenterAction(form({ id: created.data.id, name: "Replace Me", removePhoto: "on" }))).ok).toBe(true);
    expect((await testDb().presenter.findUniqueOrThrow({ where: { id: created.data.id } })).photoId).toBeNull();
    expect(await testDb().media.findUnique({ where: { id: secondPhoto } })).toBeNull();
  });
});

describe("updating and deleting", () => {
  it("records before and after on update and keeps the slug", async () => {
    const p = await testDb().presenter.create({ data: { slug: "samuel-hartley", name: "Samuel Hartley", title: "Manager" } });
    const result = await updatePresenterAction(form({ id: p.id, name: "Samuel J. Hartley", title: "Programme Manager", country: "Thailand" }));
    expect(result).toMatchObject({ ok: true, data: { slug: "samuel-hartley" } });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: p.id, action: "presenter.update" } });
    expect(audit.data).toMatchObject({ before: { name: "Samuel Hartley", title: "Manager" }, after: { name: "Samuel J. Hartley", title: "Programme Manager", country: "Thailand" } });
  });

  it("says not found for an unknown presenter", async () => {
    expect(await updatePresenterAction(form({ id: "nope", name: "X" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await deletePresenterAction(form({ id: "nope" }))).toMatchObject({ ok: false, code: "not_found" });
  });

  it("needs confirmation of the exact sessions affected before deleting a presenter who is on sessions", async () => {
    const forum = await makeForum({ published: true, slug: "del-forum" });
    const p = await testDb().presenter.create({ data: { slug: "on-two", name: "On Two Sessions", photo: { create: { contentType: "image/png", bytes: new Uint8Array(png()), size: 10 } } } });
    await makeSession(forum.id, p.id, { title: "One" });
    await makeSession(forum.id, p.id, { title: "Two" });

    const before = await snapshot();
    expect(await deletePresenterAction(form({ id: p.id }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await deletePresenterAction(form({ id: p.id, confirmedSessionCount: "1" }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await snapshot()).toEqual(before);

    const done = await deletePresenterAction(form({ id: p.id, confirmedSessionCount: "2" }));
    expect(done).toMatchObject({ ok: true, data: { sessionsDetached: 2 } });
    expect(await testDb().presenter.findUnique({ where: { id: p.id } })).toBeNull();
    expect(await testDb().sessionPresenter.count({ where: { presenterId: p.id } })).toBe(0);
    expect(await testDb().forumSession.count({ where: { forumId: forum.id } })).toBe(2);
    expect(await testDb().media.count({ where: { id: before.presenters.find((x) => x.id === p.id)!.photoId! } })).toBe(0);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: p.id, action: "presenter.delete" } });
    expect((audit.data as { sessionsDetached: { title: string }[] }).sessionsDetached.map((s) => s.title).sort()).toEqual(["One", "Two"]);
  });

  it("deletes a presenter on no sessions without confirmation", async () => {
    const p = await testDb().presenter.create({ data: { slug: "lonely", name: "Lonely" } });
    expect(await deletePresenterAction(form({ id: p.id }))).toMatchObject({ ok: true });
    expect(await testDb().presenter.count({ where: { id: p.id } })).toBe(0);
  });
});

describe("only organisers may write presenters", () => {
  it.each(["delegate", "attendee", "anonymous"] as const)("refuses a %s for create, update and delete, changing nothing", async (who) => {
    const p = await testDb().presenter.create({ data: { slug: `target-${who}`, name: "Target" } });
    signInAs(who === "anonymous" ? null : users[who]);
    const before = await snapshot();
    const code = who === "anonymous" ? "unauthenticated" : "forbidden";
    expect(await createPresenterAction(form({ name: "Intruder", photo: new File([new Uint8Array(png())], "x.png") }))).toMatchObject({ ok: false, code });
    expect(await updatePresenterAction(form({ id: p.id, name: "Changed", removePhoto: "on" }))).toMatchObject({ ok: false, code });
    expect(await deletePresenterAction(form({ id: p.id, confirmedSessionCount: "0" }))).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
  });
});

describe("directory and presenter pages", () => {
  it("lists only sessions the viewer may see, and hides presenters with nothing visible", async () => {
    const open = await makeForum({ published: true, slug: "open-forum" });
    const draft = await makeForum({ published: false, slug: "draft-agenda" });
    const p = await testDb().presenter.create({ data: { slug: "vis-person", name: "Visible Person", organisation: "Regional Bank", country: "Singapore" } });
    const hidden = await testDb().presenter.create({ data: { slug: "closed-only", name: "Closed Only" } });
    await makeSession(open.id, p.id, { title: "Public panel" });
    await makeSession(open.id, p.id, { title: "Closed consultation", visibility: "delegates", start: "2027-08-04T03:00:00Z" });
    await makeSession(open.id, p.id, { title: "Registered workshop", visibility: "registered", start: "2027-08-04T05:00:00Z" });
    await makeSession(open.id, p.id, { title: "Draft session", status: "draft", start: "2027-08-04T07:00:00Z" });
    await makeSession(draft.id, p.id, { title: "Unpublished agenda session" });
    await makeSession(open.id, hidden.id, { title: "Closed only session", visibility: "delegates" });

    const titles = (page: Awaited<ReturnType<typeof getPresenterPage>>) => page!.forums.flatMap((f) => f.sessions.map((s) => s.title)).sort();

    const anon = await getPresenterPage("vis-person", null);
    expect(titles(anon)).toEqual(["Public panel"]);
    expect(await getPresenterPage("closed-only", null)).toBeNull();

    const attendee = await createUser("attendee", { email: "approved@bank.example" });
    await testDb().registration.create({
      data: {
        forumId: open.id,
        email: "approved@bank.example",
        fullName: "Approved",
        status: "approved",
        consentVersion: "1",
        consentAt: new Date(),
        manageTokenHash: "hash-approved",
        manageExpiresAt: new Date(Date.now() + 86_400_000),
        checkInCode: "code-approved",
      },
    });
    expect(titles(await getPresenterPage("vis-person", attendee))).toEqual(["Public panel", "Registered workshop"]);
    expect(titles(await getPresenterPage("vis-person", users.attendee))).toEqual(["Public panel"]);

    expect(titles(await getPresenterPage("vis-person", users.delegate))).toEqual(["Closed consultation", "Public panel", "Registered workshop"]);
    expect(await getPresenterPage("closed-only", users.delegate)).not.toBeNull();
    expect(titles(await getPresenterPage("vis-person", users.organiser))).toEqual([
      "Closed consultation",
      "Draft session",
      "Public panel",
      "Registered workshop",
      "Unpublished agenda session",
    ]);

    const anonDir = await listPresenters({ viewer: null });
    expect(anonDir.presenters.map((x) => x.slug)).toContain("vis-person");
    expect(anonDir.presenters.map((x) => x.slug)).not.toContain("closed-only");
  });

  it("searches name, organisation and country, case-insensitively, with pages", async () => {
    for (let i = 0; i < 30; i++) {
      await testDb().presenter.create({ data: { slug: `bulk-${i}`, name: `Bulk Person ${String(i).padStart(2, "0")}`, organisation: i % 2 ? "Pacific Bank" : "Mekong Freight", country: i % 3 ? "Fiji" : "Viet Nam" } });
    }
    const all = await listPresentersForConsole({ q: "bulk" });
    expect(all.total).toBe(30);
    expect(all.presenters).toHaveLength(24);
    expect((await listPresentersForConsole({ q: "bulk", page: 2 })).presenters).toHaveLength(6);
    expect((await listPresentersForConsole({ q: "PACIFIC bank" })).total).toBe(15);
    expect((await listPresentersForConsole({ q: "viet mekong" })).total).toBe(5);
    expect((await listPresentersForConsole({ q: "nothing-like-this" })).total).toBe(0);
  });
});
