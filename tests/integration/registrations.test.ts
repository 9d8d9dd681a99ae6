import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import ical from "node-ical";
import { testDb } from "../support/db";
import { createUser, signInAs, usersByRole } from "../support/auth";
import { testRequest } from "../support/request";
import { formDataFrom, makeForum, makeOrganisation, makeRegistration, registrationInput } from "./registrations-fixtures";
import { listOutbox } from "../support/mail";
import type { ActionResult } from "@/lib/action-result";
import { hashToken, newToken } from "@/lib/tokens";
import {
  cancelRegistrationAction,
  checkInAction,
  confirmEmailAction,
  decideRegistrationsAction,
  eraseRegistrationAction,
  registerAction,
  updateRegistrationAction,
} from "@/lib/registrations/actions";
import { createRegistration, decideRegistrations } from "@/lib/registrations/mutations";
import { getRegistrationByManageToken, getRegistrationCounts, listRegistrationQueue } from "@/lib/registrations/queries";
import { purgeSensitiveNeeds } from "@/lib/registrations/purge";
import { formatCheckInCode } from "@/lib/registrations/links";
import { GET as csvGet } from "@/app/api/manage/forums/[forumId]/registrations/route";
import { GET as calendarGet } from "@/app/api/registrations/[token]/calendar/route";
import { GET as dataGet } from "@/app/api/registrations/[token]/data/route";

let ipSeq = 0;
/** Each test acts from its own address so that the per-IP limit of one test does not leak into another. */
function freshIp() {
  ipSeq += 1;
  const ip = `198.51.100.${ipSeq}`;
  testRequest.setIp(ip);
  return ip;
}

function formValues(overrides: Record<string, string | string[] | undefined> = {}) {
  return {
    fullName: "Siti Rahma",
    email: "Siti.Rahma@Example.test",
    jobTitle: "Head of Responsible Sourcing",
    organisationName: "Pacific Apparel Group",
    sector: "Manufacturing and supply chains",
    country: "Indonesia",
    dietaryNeeds: "Halal",
    consent: "on",
    ...overrides,
  };
}

const outboxFile = (id: string, ext: string) => path.join(process.env.MAIL_OUTBOX_DIR!, `${id}.${ext}`);

function confirmTokenFrom(text: string): string {
  const m = text.match(/\/registrations\/confirm\/([A-Za-z0-9_-]{43})/);
  if (!m) throw new Error("no confirm link in mail");
  return m[1];
}

describe("the registration form", () => {
  it("stores a pending registration with consent, sends a confirmation link, and confirming notifies the registrant", async () => {
    freshIp();
    const forum = await makeForum();
    const res = await registerAction(formDataFrom({ ...formValues(), forumSlug: forum.slug }));
    expect(res).toMatchObject({ ok: true, data: { email: "siti.rahma@example.test" } });
    const row = await testDb().registration.findUniqueOrThrow({
      where: { forumId_email: { forumId: forum.id, email: "siti.rahma@example.test" } },
      include: { organisation: true },
    });
    expect(row).toMatchObject({ status: "pending", emailConfirmedAt: null, dietaryNeeds: "Halal", consentVersion: expect.any(String) });
    expect(row.consentAt).toBeInstanceOf(Date);
    expect(row.organisation?.name).toBe("Pacific Apparel Group");
    // Only hashes of secrets are stored.
    expect(row.manageTokenHash).toMatch(/^[0-9a-f]{64}$/);

    const [received] = await listOutbox({ to: "siti.rahma@example.test" });
    expect(received.subject).toMatch(/confirm your e-mail/i);
    const token = confirmTokenFrom(received.text);
    expect(row.confirmTokenHash).toBe(hashToken(token));

    const confirmed = await confirmEmailAction({ token });
    expect(confirmed).toMatchObject({ ok: true, data: { alreadyConfirmed: false, manageToken: expect.any(String) } });
    const after = await testDb().registration.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.emailConfirmedAt).not.toBeNull();
    // The confirmation issued the manage link the page shows; only its hash is kept.
    expect(confirmed.ok && hashToken(confirmed.data.manageToken)).toBe(after.manageTokenHash);
    expect((await listOutbox({ to: "siti.rahma@example.test" }))[0].subject).toMatch(/registration received/i);
    // A second click on the same link changes nothing and hands out nothing.
    expect(await confirmEmailAction({ token })).toMatchObject({ ok: false, code: "gone" });
  });

  it("shows each invalid field's error, enforces maximum lengths and stores nothing", async () => {
    freshIp();
    const forum = await makeForum();
    const res = await registerAction(formDataFrom({ ...formValues({ email: "not-an-email", fullName: "x".repeat(121), sector: "Pirates", consent: undefined, note: "n".repeat(1001) }), forumSlug: forum.slug }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("invalid_input");
    expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["consent", "email", "fullName", "note", "sector"]);
    expect(await testDb().registration.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("a filled honeypot looks like success to the bot and stores nothing", async () => {
    freshIp();
    const forum = await makeForum();
    const res = await registerAction(formDataFrom({ ...formValues({ email: "bot@example.test", website: "http://spam.example" }), forumSlug: forum.slug }));
    expect(res).toMatchObject({ ok: true, data: { email: "bot@example.test" } });
    expect(await testDb().registration.count({ where: { forumId: forum.id } })).toBe(0);
    expect(await listOutbox({ to: "bot@example.test" })).toHaveLength(0);
  });

  it("two simultaneous submissions with the same e-mail keep one registration; both get the same answer and the person a reminder", async () => {
    freshIp();
    const forum = await makeForum();
    const values = formValues({ email: "double@example.test" });
    const [a, b] = await Promise.all([registerAction(formDataFrom({ ...values, forumSlug: forum.slug })), registerAction(formDataFrom({ ...values, forumSlug: forum.slug }))]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true });
    expect(await testDb().registration.count({ where: { forumId: forum.id } })).toBe(1);
    expect((await listOutbox({ to: "double@example.test" })).map((m) => m.subject).sort()).toEqual([expect.stringMatching(/confirm your e-mail/i), expect.stringMatching(/already registered/i)].sort());
  });

  it("refuses registration when the window is closed or the forum is not published", async () => {
    freshIp();
    const closed = await makeForum({ open: false });
    const res = await registerAction(formDataFrom({ ...formValues({ email: "early@example.test" }), forumSlug: closed.slug }));
    expect(res).toMatchObject({ ok: false, code: "conflict" });
    const draft = await makeForum();
    await testDb().forum.update({ where: { id: draft.id }, data: { status: "draft" } });
    expect(await registerAction(formDataFrom({ ...formValues({ email: "early@example.test" }), forumSlug: draft.slug }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await testDb().registration.count({ where: { email: "early@example.test" } })).toBe(0);
  });

  it("rate-limits per address and per e-mail with a clear message and the wait", async () => {
    const forum = await makeForum();
    freshIp();
    const results = [];
    for (let i = 0; i < 11; i += 1) {
      results.push(await registerAction(formDataFrom({ ...formValues({ email: `burst${i}@example.test` }), forumSlug: forum.slug })));
    }
    expect(results.slice(0, 10).every((r) => r.ok)).toBe(true);
    const limited = results[10];
    expect(limited).toMatchObject({ ok: false, code: "rate_limited" });
    expect(!limited.ok && limited.message).toMatch(/wait (about \d+ minutes?|\d+ seconds?)/);
    expect(await testDb().registration.count({ where: { forumId: forum.id } })).toBe(10);

    // Per e-mail: the same address from many addresses is stopped after five tries.
    const perEmail = [];
    for (let i = 0; i < 6; i += 1) {
      freshIp();
      perEmail.push(await registerAction(formDataFrom({ ...formValues({ email: "target@example.test" }), forumSlug: forum.slug })));
    }
    expect(perEmail.at(-1)).toMatchObject({ ok: false, code: "rate_limited" });
  });

  it("a registration never confirmed within 48 hours expires, leaves the working queue, and the person may register again", async () => {
    const forum = await makeForum();
    const organiser = await createUser("organiser");
    await createRegistration({ forumSlug: forum.slug, input: registrationInput({ email: "late@example.test" }) });
    // 48 hours pass without a click on the link.
    await testDb().registration.updateMany({ where: { email: "late@example.test" }, data: { confirmExpiresAt: new Date(Date.now() - 3_600_000) } });
    const [mail] = await listOutbox({ to: "late@example.test" });
    expect(await confirmEmailAction({ token: confirmTokenFrom(mail.text) })).toMatchObject({ ok: false, code: "gone" });

    const queue = await listRegistrationQueue(organiser, forum.id, { status: "all", sort: "created" });
    expect(queue.rows.find((r) => r.email === "late@example.test")).toBeUndefined();
    const counts = await getRegistrationCounts(organiser, forum.id);
    expect(counts).toMatchObject({ pending: 0, unconfirmed: 0, expired: 1 });

    const again = await createRegistration({ forumSlug: forum.slug, input: registrationInput({ email: "late@example.test", fullName: "Late But Keen" }) });
    expect(again.outcome).toBe("received");
    const rows = await testDb().registration.findMany({ where: { forumId: forum.id, email: "late@example.test" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fullName: "Late But Keen", status: "pending" });
    expect(rows[0].confirmExpiresAt!.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("what a registration stores", () => {
  it("keeps only sessions offered on the form, and one organisation however its name is typed", async () => {
    const forum = await makeForum();
    await testDb().forum.update({ where: { id: forum.id }, data: { agendaPublishedAt: new Date() } });
    const session = (data: { title: string; status?: "draft" | "published"; visibility?: "public" | "delegates"; forumId?: string }) =>
      testDb().forumSession.create({
        data: {
          forumId: data.forumId ?? forum.id,
          title: data.title,
          status: data.status ?? "published",
          visibility: data.visibility ?? "public",
          startsAt: new Date(forum.startsOn.getTime() + 3_600_000),
          endsAt: new Date(forum.startsOn.getTime() + 7_200_000),
        },
      });
    const open = await session({ title: "Open panel" });
    const closed = await session({ title: "Closed consultation", visibility: "delegates" });
    const draft = await session({ title: "Draft workshop", status: "draft" });
    const other = await makeForum();
    const elsewhere = await session({ title: "Another forum's panel", forumId: other.id });
    const res = await createRegistration({
      forumSlug: forum.slug,
      input: registrationInput({ email: "picky@example.test", organisationName: "  ACME   Bank ", sessionIds: [open.id, closed.id, draft.id, elsewhere.id, "junk"] }),
    });
    expect(res.outcome).toBe("received");
    await createRegistration({ forumSlug: forum.slug, input: registrationInput({ email: "colleague@example.test", organisationName: "acme bank" }) });
    const rows = await testDb().registration.findMany({
      where: { forumId: forum.id },
      select: { email: true, organisationId: true, interests: { select: { sessionId: true } } },
      orderBy: { email: "asc" },
    });
    expect(rows.find((r) => r.email === "picky@example.test")?.interests).toEqual([{ sessionId: open.id }]);
    expect(new Set(rows.map((r) => r.organisationId)).size).toBe(1);
    expect((await testDb().organisation.findUniqueOrThrow({ where: { nameKey: "acme bank" } })).name).toBe("ACME Bank");
  });

  it("someone who cancelled may register again; the old manage link stops working", async () => {
    const forum = await makeForum();
    const reg = await makeRegistration(forum.id, { status: "cancelled", email: "back@example.test", createdAt: new Date(Date.now() - 60_000) });
    const again = await createRegistration({ forumSlug: forum.slug, input: registrationInput({ email: "back@example.test" }) });
    expect(again.outcome).toBe("received");
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row).toMatchObject({ status: "pending", emailConfirmedAt: null, cancelledAt: null });
    expect(await getRegistrationByManageToken(reg.manageToken)).toBeNull();
    expect(again.outcome === "received" && (await getRegistrationByManageToken(again.manageToken))?.id).toBe(reg.id);
  });
});

describe("organiser decisions", () => {
  it("only organisers may decide; approval e-mails carry the forum's calendar file and a QR code that decodes to the check-in code", async () => {
    const forum = await makeForum({ capacity: 2 });
    const reg = await makeRegistration(forum.id, { email: "approved@example.test" });
    const fd = formDataFrom({ forumId: forum.id, ids: [reg.id], decision: "approve" });
    const users = await usersByRole();
    signInAs(null);
    expect(await decideRegistrationsAction(fd)).toMatchObject({ ok: false, code: "unauthenticated" });
    for (const u of [users.delegate, users.attendee]) {
      signInAs(u);
      expect(await decideRegistrationsAction(fd)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("pending");

    signInAs(users.organiser);
    const res = await decideRegistrationsAction(fd);
    expect(res).toMatchObject({ ok: true, data: { results: [{ id: reg.id, outcome: "approved" }] } });
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row).toMatchObject({ status: "approved", decidedById: users.organiser.id });
    expect(await testDb().auditEvent.count({ where: { targetId: reg.id, action: "registration.approve" } })).toBe(1);

    const [mail] = await listOutbox({ to: "approved@example.test" });
    expect(mail.subject).toMatch(/place is confirmed/i);
    expect(mail.attachments.map((a) => a.filename).sort()).toEqual(["check-in-qr.png", `${forum.slug}.ics`]);
    const eml = (await readFile(outboxFile(mail.id, "eml"), "utf8")).replace(/\r\n/g, "\n");
    const parts = eml.split(/\n--/);
    const partFor = (name: string) => {
      const p = parts.find((x) => x.includes(`filename=${name}`) || x.includes(`filename="${name}"`))!;
      return Buffer.from(p.split(/\n\n/).slice(1).join("").replace(/\s+/g, ""), "base64");
    };
    const png = PNG.sync.read(partFor("check-in-qr.png"));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(formatCheckInCode(row.checkInCode));
    const events = Object.values(ical.sync.parseICS(partFor(`${forum.slug}.ics`).toString("utf8"))).filter((e) => e?.type === "VEVENT");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: forum.name });
  });

  it("bulk approval fills the seats in order, waitlists the rest when asked, and reports every row", async () => {
    const organiser = await createUser("organiser");
    const forum = await makeForum({ capacity: 2 });
    const t = Date.now() - 100_000;
    const regs = [];
    for (let i = 0; i < 4; i += 1) regs.push(await makeRegistration(forum.id, { createdAt: new Date(t + i * 1000) }));
    const unconfirmed = await makeRegistration(forum.id, { confirmed: false });
    const results = await decideRegistrations({ forumId: forum.id, ids: [...regs.map((r) => r.id).reverse(), unconfirmed.id, "missing"], decision: "approve", whenFull: "waitlist", actorId: organiser.id });
    const byId = Object.fromEntries(results.map((r) => [r.id, r.outcome]));
    expect(byId).toEqual({ [regs[0].id]: "approved", [regs[1].id]: "approved", [regs[2].id]: "waitlisted", [regs[3].id]: "waitlisted", [unconfirmed.id]: "unconfirmed", missing: "not_found" });
    const counts = await getRegistrationCounts(organiser, forum.id);
    expect(counts).toMatchObject({ capacity: 2, approved: 2, waitlisted: 2, pending: 0, unconfirmed: 1 });
    // Leaving rows as they are when full is a definite answer too.
    const another = await makeRegistration(forum.id);
    expect(await decideRegistrations({ forumId: forum.id, ids: [another.id], decision: "approve", whenFull: "leave", actorId: organiser.id })).toEqual([
      { id: another.id, name: another.fullName, outcome: "full" },
    ]);
  });

  it("declining a seat holder offers the seat to the first on the waitlist; declined people are never promoted", async () => {
    const organiser = await createUser("organiser");
    const forum = await makeForum({ capacity: 1 });
    const seat = await makeRegistration(forum.id, { status: "approved" });
    const base = Date.now() - 10_000;
    const declinedWaiter = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base) });
    const first = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base + 1000), email: "first@example.test" });
    await decideRegistrations({ forumId: forum.id, ids: [declinedWaiter.id], decision: "decline", actorId: organiser.id });
    await decideRegistrations({ forumId: forum.id, ids: [seat.id], decision: "decline", actorId: organiser.id });
    const statuses = await testDb().registration.findMany({ where: { forumId: forum.id }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [seat.id]: "declined", [declinedWaiter.id]: "declined", [first.id]: "approved" });
    expect((await listOutbox({ to: "first@example.test" }))[0].subject).toMatch(/seat has opened/i);
  });
});

describe("self-service through the manage link", () => {
  it("cancelling an approved registration promotes the first waitlisted (by time) and tells both people", async () => {
    freshIp();
    const forum = await makeForum({ capacity: 1 });
    const holder = await makeRegistration(forum.id, { status: "approved", email: "holder@example.test" });
    const base = Date.now() - 60_000;
    // Created later but waitlisted earlier: the waitlist is ordered by when people joined it.
    const second = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base + 5000), createdAt: new Date(base - 50_000), email: "second@example.test" });
    const first = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base), createdAt: new Date(base), email: "first@example.test" });

    expect(await cancelRegistrationAction(formDataFrom({ token: holder.manageToken }))).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(Array) } });
    const res = await cancelRegistrationAction(formDataFrom({ token: holder.manageToken, confirm: "yes" }));
    expect(res).toMatchObject({ ok: true, data: { outcome: "cancelled" } });
    const rows = await testDb().registration.findMany({ where: { forumId: forum.id }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [holder.id]: "cancelled", [first.id]: "approved", [second.id]: "waitlisted" });
    expect((await listOutbox({ to: "holder@example.test" }))[0].subject).toMatch(/cancelled/i);
    const promoted = (await listOutbox({ to: "first@example.test" }))[0];
    expect(promoted.subject).toMatch(/seat has opened/i);
    expect(promoted.attachments.map((a) => a.filename)).toContain("check-in-qr.png");
    expect(await listOutbox({ to: "second@example.test" })).toHaveLength(0);
    // Cancelling twice is harmless and promotes nobody else.
    expect(await cancelRegistrationAction(formDataFrom({ token: holder.manageToken, confirm: "yes" }))).toMatchObject({ ok: true, data: { outcome: "already" } });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("waitlisted");
  });

  it("the per-organisation cap holds when a seat is released: the next waitlisted person of another organisation gets it", async () => {
    freshIp();
    const forum = await makeForum({ capacity: 3, organisationCap: 2 });
    const bank = await makeOrganisation("Asia Pacific Bank");
    const other = await makeOrganisation("ConnectSphere");
    const a = await makeRegistration(forum.id, { status: "approved", organisationId: bank.id });
    await makeRegistration(forum.id, { status: "approved", organisationId: bank.id });
    const otherCancels = await makeRegistration(forum.id, { status: "approved", organisationId: other.id });
    const base = Date.now() - 60_000;
    const bankWaiter = await makeRegistration(forum.id, { status: "waitlisted", organisationId: bank.id, waitlistedAt: new Date(base) });
    const otherWaiter = await makeRegistration(forum.id, { status: "waitlisted", organisationId: other.id, waitlistedAt: new Date(base + 1000) });
    await cancelRegistrationAction(formDataFrom({ token: otherCancels.manageToken, confirm: "yes" }));
    // The bank already has 2 approved (its cap), so the seat skips the bank's waiter.
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: bankWaiter.id } })).status).toBe("waitlisted");
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: otherWaiter.id } })).status).toBe("approved");
    await cancelRegistrationAction(formDataFrom({ token: a.manageToken, confirm: "yes" }));
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: bankWaiter.id } })).status).toBe("approved");
  });

  it("edits details, but refuses a tampered, unknown or expired link without revealing anything", async () => {
    freshIp();
    const forum = await makeForum();
    const reg = await makeRegistration(forum.id, { status: "approved" });
    const values = formValues({ fullName: "Renamed Person", organisationName: "Some Other Company" });
    const refused = await updateRegistrationAction(formDataFrom({ ...values, token: reg.manageToken }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { organisationName: expect.any(Array) } });
    const okRes = await updateRegistrationAction(formDataFrom({ token: reg.manageToken, ...values, organisationName: "" }));
    expect(okRes).toMatchObject({ ok: false, fieldErrors: { organisationName: expect.any(Array) } });

    const pending = await makeRegistration(forum.id);
    expect(await updateRegistrationAction(formDataFrom({ ...values, token: pending.manageToken }))).toMatchObject({ ok: true });
    expect(await testDb().registration.findUniqueOrThrow({ where: { id: pending.id }, select: { fullName: true, dietaryNeeds: true } })).toEqual({
      fullName: "Renamed Person",
      dietaryNeeds: "Halal",
    });

    const tampered = `${reg.manageToken.slice(0, -1)}${reg.manageToken.endsWith("A") ? "B" : "A"}`;
    const answers: ActionResult<unknown>[] = await Promise.all([
      updateRegistrationAction(formDataFrom({ ...values, token: tampered })),
      updateRegistrationAction(formDataFrom({ ...values, token: newToken() })),
      updateRegistrationAction(formDataFrom({ ...values, token: "../../etc/passwd" })),
    ]);
    await testDb().registration.update({ where: { id: reg.id }, data: { manageExpiresAt: new Date(Date.now() - 1000) } });
    answers.push(await updateRegistrationAction(formDataFrom({ ...values, token: reg.manageToken })));
    answers.push(await cancelRegistrationAction(formDataFrom({ token: reg.manageToken, confirm: "yes" })));
    for (const a of answers) expect(a).toEqual({ ok: false, code: "gone", message: "This link is not valid. It may have expired." });
    expect(await getRegistrationByManageToken(reg.manageToken)).toBeNull();
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("approved");

    const notFound = [
      await calendarGet(new Request("http://x/"), { params: Promise.resolve({ token: tampered }) }),
      await dataGet(new Request("http://x/"), { params: Promise.resolve({ token: reg.manageToken }) }),
    ];
    for (const r of notFound) {
      expect(r.status).toBe(404);
      expect(await r.text()).toBe("Not found.\n");
    }
  });

  it("downloads the calendar once approved, exports the registrant's data as JSON, and rate-limits the link with 429 and Retry-After", async () => {
    const forum = await makeForum();
    const reg = await makeRegistration(forum.id, { status: "pending", dietaryNeeds: "Vegetarian" });
    const req = () => new Request("http://x/", { headers: { "x-forwarded-for": "192.0.2.77" } });
    const ctx = { params: Promise.resolve({ token: reg.manageToken }) };
    expect((await calendarGet(req(), ctx)).status).toBe(409);
    await testDb().registration.update({ where: { id: reg.id }, data: { status: "approved" } });
    const cal = await calendarGet(req(), { params: Promise.resolve({ token: reg.manageToken }) });
    expect(cal.status).toBe(200);
    expect(cal.headers.get("content-type")).toMatch(/text\/calendar/);
    const parsed = Object.values(ical.sync.parseICS(await cal.text())).filter((e) => e?.type === "VEVENT");
    expect(parsed[0]).toMatchObject({ summary: forum.name, location: "Nusa Dua Convention Centre, Bali, Indonesia" });

    const data = await dataGet(req(), { params: Promise.resolve({ token: reg.manageToken }) });
    expect(data.status).toBe(200);
    const json = await data.json();
    expect(json).toMatchObject({ person: { email: reg.email, fullName: reg.fullName }, sensitive: { dietaryNeeds: "Vegetarian" }, registration: { status: "approved" } });
    expect(JSON.stringify(json)).not.toContain(reg.manageTokenHash);

    let last: Response | undefined;
    for (let i = 0; i < 60; i += 1) last = await dataGet(req(), { params: Promise.resolve({ token: reg.manageToken }) });
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last!.text()).toMatch(/too many requests/i);
  });

  it("asking for deletion cancels and flags the registration for the organisers", async () => {
    freshIp();
    const forum = await makeForum();
    const reg = await makeRegistration(forum.id, { status: "waitlisted" });
    await cancelRegistrationAction(formDataFrom({ token: reg.manageToken, confirm: "yes", requestDeletion: "on" }));
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row.status).toBe("cancelled");
    expect(row.deletionRequestedAt).not.toBeNull();
  });
});

describe("check-in", () => {
  it("records arrival once; a second scan says when and by whom; unknown and unapproved codes are told apart", async () => {
    const forum = await makeForum();
    const organiser = await createUser("organiser", { name: "Desk One" });
    const reg = await makeRegistration(forum.id, { status: "approved", fullName: "Arrived Person" });
    const waiting = await makeRegistration(forum.id, { status: "waitlisted" });
    signInAs(await createUser("attendee"));
    expect(await checkInAction({ forumId: forum.id, code: reg.checkInCode })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } })).checkedInAt).toBeNull();

    signInAs(organiser);
    // Scanners type the code as printed (with dashes) or in lower case.
    const first = await checkInAction({ forumId: forum.id, code: ` ${formatCheckInCode(reg.checkInCode).toLowerCase()} ` });
    expect(first).toMatchObject({ ok: true, data: { outcome: "checked_in", name: "Arrived Person" } });
    const second = await checkInAction({ forumId: forum.id, registrationId: reg.id });
    expect(second).toMatchObject({ ok: true, data: { outcome: "already", by: "Desk One" } });
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row.checkedInById).toBe(organiser.id);
    expect(second.ok && second.data.outcome === "already" && second.data.at.getTime()).toBe(row.checkedInAt!.getTime());

    expect(await checkInAction({ forumId: forum.id, code: waiting.checkInCode })).toMatchObject({ ok: true, data: { outcome: "not_approved", status: "waitlisted" } });
    expect(await checkInAction({ forumId: forum.id, code: "NOPE-NOPE-NOPE" })).toMatchObject({ ok: true, data: { outcome: "not_found" } });
    // Another forum's desk does not find this forum's people.
    const otherForum = await makeForum();
    expect(await checkInAction({ forumId: otherForum.id, code: reg.checkInCode })).toMatchObject({ ok: true, data: { outcome: "not_found" } });
    expect(await checkInAction({ forumId: forum.id, code: "   " })).toMatchObject({ ok: false, code: "invalid_input" });
  });
});

describe("data rights", () => {
  it("an organiser erases a registration: personal fields gone, counts and status kept, links dead, audited", async () => {
    const forum = await makeForum();
    const users = await usersByRole();
    const reg = await makeRegistration(forum.id, { status: "pending", dietaryNeeds: "Kosher", fullName: "Private Person" });
    // One e-mail delivered (its record stays, without the address) and one still queued (dropped).
    expect(await decideRegistrations({ forumId: forum.id, ids: [reg.id], decision: "approve", actorId: users.organiser.id })).toMatchObject([{ outcome: "approved" }]);
    await listOutbox({ to: reg.email });
    await testDb().$transaction((tx) => tx.mailMessage.create({ data: { kind: "registration.approved", registrationId: reg.id, to: reg.email, subject: "Queued", text: "Body" } }));
    signInAs(users.delegate);
    expect(await eraseRegistrationAction(formDataFrom({ forumId: forum.id, id: reg.id, confirm: "ERASE" }))).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(users.organiser);
    expect(await eraseRegistrationAction(formDataFrom({ forumId: forum.id, id: reg.id, confirm: "erase" }))).toMatchObject({ ok: false, fieldErrors: { confirm: expect.any(Array) } });
    expect(await eraseRegistrationAction(formDataFrom({ forumId: forum.id, id: reg.id, confirm: "ERASE" }))).toMatchObject({ ok: true });
    const row = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(row).toMatchObject({ status: "approved", dietaryNeeds: null, phone: null, note: null, jobTitle: "" });
    expect(row.fullName).not.toContain("Private");
    expect(row.email).not.toBe(reg.email);
    expect(row.erasedAt).not.toBeNull();
    expect(await getRegistrationByManageToken(reg.manageToken)).toBeNull();
    expect((await getRegistrationCounts(users.organiser, forum.id)).approved).toBe(1);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: reg.id, action: "registration.erase" } });
    expect(JSON.stringify(audit)).not.toContain("Private Person");
    // The mail log keeps no trace of the address: the sent message's record is anonymised, the queued one gone.
    expect(await testDb().mailMessage.count({ where: { to: reg.email } })).toBe(0);
    expect(await testDb().mailMessage.findMany({ where: { registrationId: reg.id }, select: { status: true, to: true } })).toEqual([{ status: "sent", to: row.email }]);
  });

  it("the purge removes sensitive needs only from forums that ended more than the set number of days ago", async () => {
    const now = new Date("2027-04-01T00:00:00Z");
    const old = await makeForum({ startsOn: "2027-02-20", endsOn: "2027-02-21" }); // ended 39 days before
    const recent = await makeForum({ startsOn: "2027-03-20", endsOn: "2027-03-21" }); // ended 11 days before
    const a = await makeRegistration(old.id, { dietaryNeeds: "Halal" });
    const b = await makeRegistration(recent.id, { dietaryNeeds: "Halal" });
    const result = await purgeSensitiveNeeds(testDb(), { days: 30, now });
    expect(result.purged).toBeGreaterThanOrEqual(1);
    const rows = await testDb().registration.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, dietaryNeeds: true, needsPurgedAt: true, fullName: true } });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[a.id]).toMatchObject({ dietaryNeeds: null, needsPurgedAt: now, fullName: a.fullName });
    expect(byId[b.id]).toMatchObject({ dietaryNeeds: "Halal", needsPurgedAt: null });
    await purgeSensitiveNeeds(testDb(), { days: 5, now });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: b.id } })).dietaryNeeds).toBeNull();
  });
});

describe("CSV export", () => {
  it("answers 401 and 403 to others; gives organisers UTF-8 with BOM, quoted cells and neutralised formulas; needs only on request, audited", async () => {
    const forum = await makeForum();
    await makeRegistration(forum.id, { fullName: "=HYPERLINK(\"http://evil.example\",\"click\")", dietaryNeeds: "Halal", status: "approved" });
    await makeRegistration(forum.id, { fullName: "Nguyễn Thị Hoa, \"Hoa\"", email: "hoa@example.test" });
    await makeRegistration(forum.id, { fullName: "@SUM(1+1)" });
    await makeRegistration(forum.id, { fullName: "-2+3" });
    await makeRegistration(forum.id, { fullName: "+cmd" });
    const ctx = () => ({ params: Promise.resolve({ forumId: forum.id }) });
    const url = `http://localhost/api/manage/forums/${forum.id}/registrations`;
    signInAs(null);
    expect((await csvGet(new Request(url), ctx())).status).toBe(401);
    signInAs(await createUser("delegate"));
    expect((await csvGet(new Request(url), ctx())).status).toBe(403);

    const organiser = await createUser("organiser");
    signInAs(organiser);
    const res = await csvGet(new Request(url), ctx());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    const lines = text.split("\r\n");
    expect(lines[0].startsWith('"Name","E-mail"')).toBe(true);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(text).toContain('"\'@SUM(1+1)"');
    expect(text).toContain('"\'-2+3"');
    expect(text).toContain('"\'+cmd"');
    expect(text).toContain('"Nguyễn Thị Hoa, ""Hoa"""');
    expect(text).not.toContain("Halal");
    expect(lines.filter(Boolean)).toHaveLength(6);

    const withNeeds = await (await csvGet(new Request(`${url}?needs=1`), ctx())).text();
    expect(withNeeds).toContain("Halal");
    expect(withNeeds).toContain("Dietary needs (sensitive)");
    expect(await testDb().auditEvent.count({ where: { targetId: forum.id, action: "registration.export_with_needs", actorId: organiser.id } })).toBe(1);

    const filtered = await (await csvGet(new Request(`${url}?status=approved`), ctx())).text();
    expect(filtered.split("\r\n").filter(Boolean)).toHaveLength(2);
  });
});
