import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser, signInAs } from "../support/auth";
import { MARKERS, arrangeAgenda, renderHtml, type Fixture } from "./agenda-fixture";
import { acknowledgeBookmarkAction, addBookmarkAction, removeBookmarkAction, setBookmarkAction } from "@/lib/agenda/actions";
import { listMyAgenda } from "@/lib/agenda/queries";
import MyAgendaPage from "@/app/(delegate)/my-agenda/page";

let fx: Fixture;
beforeAll(async () => {
  fx = await arrangeAgenda();
});

const bookmarksOf = (userId: string) =>
  testDb().agendaBookmark.findMany({ where: { userId }, select: { sessionId: true, seenVersion: true }, orderBy: { sessionId: "asc" } });

describe("saving sessions", () => {
  it("refuses anonymous callers and bad input without touching the database", async () => {
    signInAs(null);
    expect(await addBookmarkAction({ sessionId: fx.sessions.public.id })).toMatchObject({ ok: false, code: "unauthenticated" });
    const user = await createUser("attendee");
    signInAs(user);
    expect(await addBookmarkAction({})).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { sessionId: expect.any(Array) } });
    expect(await setBookmarkAction({ sessionId: fx.sessions.public.id, intent: "toggle" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { intent: expect.any(Array) } });
    expect(await bookmarksOf(user.id)).toEqual([]);
    expect(await testDb().agendaBookmark.count()).toBe(0);
  });

  it("saves a visible session with the version seen, and saving twice keeps the first version", async () => {
    const user = await createUser("attendee");
    signInAs(user);
    const form = new FormData();
    form.set("sessionId", fx.sessions.cancelled.id);
    form.set("intent", "add");
    expect(await setBookmarkAction(form)).toMatchObject({ ok: true, data: { bookmarked: true } });
    expect(await bookmarksOf(user.id)).toEqual([{ sessionId: fx.sessions.cancelled.id, seenVersion: 3 }]);
    await testDb().forumSession.update({ where: { id: fx.sessions.cancelled.id }, data: { version: 4 } });
    expect(await addBookmarkAction({ sessionId: fx.sessions.cancelled.id })).toMatchObject({ ok: true });
    expect(await bookmarksOf(user.id)).toEqual([{ sessionId: fx.sessions.cancelled.id, seenVersion: 3 }]);
    await testDb().forumSession.update({ where: { id: fx.sessions.cancelled.id }, data: { version: 3 } });
    expect(await removeBookmarkAction({ sessionId: fx.sessions.cancelled.id })).toMatchObject({ ok: true, data: { bookmarked: false } });
    expect(await bookmarksOf(user.id)).toEqual([]);
    // Removing again is not an error.
    expect(await removeBookmarkAction({ sessionId: fx.sessions.cancelled.id })).toMatchObject({ ok: true });
  });

  it("survives a double click: concurrent saves of one session leave one bookmark and no error", async () => {
    const user = await createUser("attendee");
    signInAs(user);
    const results = await Promise.all(Array.from({ length: 5 }, () => addBookmarkAction({ sessionId: fx.sessions.public.id })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await bookmarksOf(user.id)).toEqual([{ sessionId: fx.sessions.public.id, seenVersion: 1 }]);
  });

  it("cannot save a session the user may not see, answering exactly as for one that does not exist", async () => {
    const cases = [
      [fx.viewers.attendee!, ["registered", "delegates", "draft", "unpublished"]],
      [fx.viewers.approved!, ["delegates", "draft", "unpublished"]],
      [fx.viewers.delegate!, ["draft", "unpublished"]],
    ] as const;
    signInAs(fx.viewers.attendee);
    const unknown = await addBookmarkAction({ sessionId: "no-such-session" });
    expect(unknown).toMatchObject({ ok: false, code: "not_found" });
    for (const [user, hidden] of cases) {
      signInAs(user);
      for (const key of hidden) {
        const result = await addBookmarkAction({ sessionId: fx.sessions[key].id });
        expect(result, `${user.role} ${key}`).toEqual(unknown);
      }
      expect(await bookmarksOf(user.id)).toEqual([]);
    }
    signInAs(fx.viewers.approved);
    expect(await addBookmarkAction({ sessionId: fx.sessions.registered.id })).toMatchObject({ ok: true });
    signInAs(fx.viewers.organiser);
    expect(await addBookmarkAction({ sessionId: fx.sessions.draft.id })).toMatchObject({ ok: true });
  });
});

describe("My agenda", () => {
  it("flags clashes naming both sessions, changes since saving with what changed, and cancellations; acknowledging clears the change", async () => {
    const db = testDb();
    const user = await createUser("delegate");
    signInAs(user);
    for (const key of ["public", "registered", "delegates", "cancelled"] as const) {
      expect(await addBookmarkAction({ sessionId: fx.sessions[key].id })).toMatchObject({ ok: true });
    }
    // public 09:00-10:00 and registered 09:30-10:30 overlap; delegates 11:00 does not.
    let items = await listMyAgenda(user);
    expect(items.map((i) => i.title)).toEqual([
      `Session ${MARKERS.public}`,
      `Session ${MARKERS.registered}`,
      `Session ${MARKERS.delegates}`,
      `Session ${MARKERS.cancelled}`,
    ]);
    expect(items.every((i) => !i.changed)).toBe(true);

    // The delegates-only session moves after it was saved; the log records it.
    await new Promise((r) => setTimeout(r, 5));
    await db.forumSession.update({ where: { id: fx.sessions.delegates.id }, data: { version: { increment: 1 }, startsAt: new Date("2027-08-05T03:30:00Z"), endsAt: new Date("2027-08-05T04:30:00Z") } });
    await db.sessionChange.create({
      data: { forumId: fx.forum.id, sessionId: fx.sessions.delegates.id, kind: "moved", title: "x", summary: "Moved from 11:00 to 11:30 WITA" },
    });
    items = await listMyAgenda(user);
    const moved = items.find((i) => i.id === fx.sessions.delegates.id)!;
    expect(moved.changed).toBe(true);
    expect(moved.changes.map((c) => c.summary)).toEqual(["Moved from 11:00 to 11:30 WITA"]);

    let html = await renderHtml(await MyAgendaPage());
    expect(html).toContain("Changed since you saved it");
    expect(html).toContain("Moved from 11:00 to 11:30 WITA");
    expect(html).toMatch(/“Session MARKER-PUBLIC-1a2b” overlaps “Session MARKER-REGISTERED-4c5d”/);
    expect(html).toContain("Clash");

    expect(await acknowledgeBookmarkAction({ sessionId: fx.sessions.delegates.id })).toMatchObject({ ok: true, data: { seenVersion: 2 } });
    items = await listMyAgenda(user);
    expect(items.find((i) => i.id === fx.sessions.delegates.id)).toMatchObject({ changed: false, changes: [] });
    html = await renderHtml(await MyAgendaPage());
    expect(html).not.toContain("Moved from 11:00 to 11:30 WITA");

    // A later cancellation shows up as such.
    await db.forumSession.update({ where: { id: fx.sessions.delegates.id }, data: { version: { increment: 1 }, status: "cancelled" } });
    html = await renderHtml(await MyAgendaPage());
    expect(html).toContain("Cancelled since you saved it");
    await db.forumSession.update({
      where: { id: fx.sessions.delegates.id },
      data: { status: "published", startsAt: fx.sessions.delegates.startsAt, endsAt: fx.sessions.delegates.endsAt },
    });
  });

  it("hides saved sessions the user may no longer see, and shows nothing of them anywhere on the page", async () => {
    const db = testDb();
    const official = await createUser("delegate");
    signInAs(official);
    expect(await addBookmarkAction({ sessionId: fx.sessions.delegates.id })).toMatchObject({ ok: true });
    expect(await addBookmarkAction({ sessionId: fx.sessions.public.id })).toMatchObject({ ok: true });
    await db.user.update({ where: { id: official.id }, data: { role: "attendee" } });
    const demoted = { ...official, role: "attendee" as const };
    signInAs(demoted);
    expect((await listMyAgenda(demoted)).map((i) => i.id)).toEqual([fx.sessions.public.id]);
    const html = await renderHtml(await MyAgendaPage());
    expect(html).toContain(MARKERS.public);
    expect(html).not.toContain(MARKERS.delegates);
    // Nor can they acknowledge it (which would confirm it exists).
    expect(await acknowledgeBookmarkAction({ sessionId: fx.sessions.delegates.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("acknowledging a session that is not saved is refused", async () => {
    const user = await createUser("attendee");
    signInAs(user);
    expect(await acknowledgeBookmarkAction({ sessionId: fx.sessions.public.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("redirects anonymous visitors to sign in", async () => {
    signInAs(null);
    await expect(MyAgendaPage()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});
