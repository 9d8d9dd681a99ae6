import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser } from "../support/auth";
import { testRequest } from "../support/request";
import { formDataFrom, makeForum, makeOrganisation, makeRegistration, registrationInput } from "./registrations-fixtures";
import { listOutbox } from "../support/mail";
import { hashToken } from "@/lib/tokens";
import { cancelRegistrationAction, confirmEmailAction, registerAction, updateRegistrationAction } from "@/lib/registrations/actions";
import { createRegistration, decideRegistrations, rotateManageToken } from "@/lib/registrations/mutations";
import { getConfirmationLink, getRegistrationByManageToken } from "@/lib/registrations/queries";
import { listOrganisationNames } from "@/lib/organisations/queries";
import { GET as calendarGet } from "@/app/api/registrations/[token]/calendar/route";

let ipSeq = 0;
const freshIp = () => testRequest.setIp(`192.0.2.${++ipSeq}`);
const form = (overrides: Record<string, string | undefined> = {}) =>
  formDataFrom({
    fullName: "Siti Rahma",
    email: "siti@example.test",
    jobTitle: "Head of Responsible Sourcing",
    organisationName: "Pacific Apparel Group",
    sector: "Manufacturing and supply chains",
    country: "Indonesia",
    consent: "on",
    ...overrides,
  });
const linkIn = (text: string, kind: "confirm" | "manage") => {
  const re = kind === "confirm" ? /\/registrations\/confirm\/([A-Za-z0-9_-]{43})/ : /\/registrations\/(?!confirm\/)([A-Za-z0-9_-]{43})/;
  return re.exec(text)?.[1];
};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe("the registration form does not say who is registered", () => {
  it.each(["pending", "approved", "declined", "waitlisted"] as const)("an existing %s registrant: same answer as a new one; they get a reminder instead", async (status) => {
    freshIp();
    const forum = await makeForum();
    const email = `known-${status}@example.test`;
    const existing = await makeRegistration(forum.id, { email, status });
    const before = await testDb().registration.findUniqueOrThrow({ where: { id: existing.id } });
    const fresh = await registerAction(form({ forumSlug: forum.slug,  email: `new-${status}@example.test` }));
    const known = await registerAction(form({ forumSlug: forum.slug,  email }));
    expect(fresh).toMatchObject({ ok: true });
    // Identical apart from the address the person typed.
    expect(JSON.stringify(known).replace(email, "X")).toBe(JSON.stringify(fresh).replace(`new-${status}@example.test`, "X"));
    // Nothing about the existing registration changed ...
    const after = await testDb().registration.findUniqueOrThrow({ where: { id: existing.id } });
    expect({ ...after, manageTokenHash: "", updatedAt: null }).toEqual({ ...before, manageTokenHash: "", updatedAt: null });
    // ... and its owner was reminded, with a working link.
    const [reminder] = await listOutbox({ to: email });
    expect(reminder.subject).toMatch(/already registered/i);
    const link = linkIn(reminder.text, "manage");
    expect(link).toBeTruthy();
    expect((await getRegistrationByManageToken(link!))?.id).toBe(existing.id);
  });
});

describe("manage links: random, stored as hashes, rotatable, never in calendar files", () => {
  it("the link in the first message is random (not derived from the row) and only its hash is stored", async () => {
    freshIp();
    const forum = await makeForum();
    await registerAction(form({ forumSlug: forum.slug,  email: "random@example.test" }));
    const row = await testDb().registration.findFirstOrThrow({ where: { email: "random@example.test" } });
    const [mail] = await listOutbox({ to: "random@example.test" });
    const token = linkIn(mail.text, "manage")!;
    expect(row.manageTokenHash).toBe(hashToken(token));
    // Registering the same person at the same instant in another forum gives an unrelated link.
    // Not derivable from the row under the server key (the scheme used before).
    const { createHmac } = await import("node:crypto");
    const { resolveAuthSecret } = await import("@/lib/auth/secret");
    const derived = createHmac("sha256", resolveAuthSecret()).update(`registration-manage:${row.id}:${row.createdAt.toISOString()}`).digest("base64url");
    expect(token).not.toBe(derived);
  });

  it("rotating gives a new working link and the old one stops at once", async () => {
    const forum = await makeForum();
    const reg = await makeRegistration(forum.id, { status: "approved" });
    const fresh = await rotateManageToken({ token: reg.manageToken });
    expect(fresh).not.toBe(reg.manageToken);
    expect(await getRegistrationByManageToken(reg.manageToken)).toBeNull();
    expect((await getRegistrationByManageToken(fresh))?.id).toBe(reg.id);
    const [mail] = await listOutbox({ to: reg.email });
    expect(linkIn(mail.text, "manage")).toBe(fresh);
  });

  it("neither the approval mail's calendar attachment nor the calendar download contains the manage link", async () => {
    const forum = await makeForum();
    const organiser = await createUser("organiser");
    const reg = await makeRegistration(forum.id, { status: "pending" });
    await decideRegistrations({ forumId: forum.id, ids: [reg.id], decision: "approve", actorId: organiser.id });
    const [approved] = await listOutbox({ to: reg.email });
    const eml = await readFile(path.join(process.env.MAIL_OUTBOX_DIR!, `${approved.id}.eml`), "utf8");
    const mailToken = linkIn(approved.text, "manage")!;
    expect(mailToken).toBeTruthy();
    const icsPart = eml.split(/\n--/).find((p) => /text\/calendar/.test(p))!;
    const body = /base64/i.test(icsPart) ? Buffer.from(icsPart.split(/\r?\n\r?\n/).slice(1).join("").replace(/\s+/g, ""), "base64").toString("utf8") : icsPart;
    expect(body).toContain("BEGIN:VCALENDAR");
    expect(body).not.toContain(mailToken);
    expect(body).not.toMatch(/\/registrations\//);
    const download = await (await calendarGet(new Request("http://x/"), { params: Promise.resolve({ token: mailToken }) })).text();
    expect(download).toContain("BEGIN:VCALENDAR");
    expect(download).not.toContain(mailToken);
    expect(download).not.toMatch(/\/registrations\//);
  });

  it("a confirmation link works once: afterwards it is cleared and hands out nothing, also after cancellation", async () => {
    freshIp();
    const forum = await makeForum();
    await registerAction(form({ forumSlug: forum.slug,  email: "once@example.test" }));
    const [received] = await listOutbox({ to: "once@example.test" });
    const confirm = linkIn(received.text, "confirm")!;
    const first = await confirmEmailAction({ token: confirm });
    expect(first).toMatchObject({ ok: true });
    const row = await testDb().registration.findFirstOrThrow({ where: { email: "once@example.test" } });
    expect(row.confirmTokenHash).toBeNull();
    expect(await getConfirmationLink(confirm)).toBeNull();
    expect(await confirmEmailAction({ token: confirm })).toMatchObject({ ok: false, code: "gone" });
    const manage = first.ok ? first.data.manageToken : "";
    await cancelRegistrationAction(formDataFrom({ token: manage,  confirm: "yes" }));
    expect(await getConfirmationLink(confirm)).toBeNull();
    expect(await confirmEmailAction({ token: confirm })).toMatchObject({ ok: false, code: "gone" });
  });
});

describe("an approved seat cannot be handed on", () => {
  it("name, job title and country are frozen once approved; other changes are audited and organisers told", async () => {
    freshIp();
    const forum = await makeForum();
    await createUser("organiser", { email: "desk@rso.example" });
    const org = await makeOrganisation("Pacific Apparel Group");
    const reg = await makeRegistration(forum.id, { status: "approved", organisationId: org.id, fullName: "Siti Rahma" });
    const before = await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } });
    const handedOn = await updateRegistrationAction(form({ token: reg.manageToken,  fullName: "Somebody Else", jobTitle: "Intern", country: "Malaysia" }));
    expect(handedOn).toMatchObject({ ok: false, fieldErrors: { fullName: [expect.any(String)], jobTitle: [expect.any(String)], country: [expect.any(String)] } });
    expect(await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } })).toEqual(before);

    const needs = await updateRegistrationAction(form({ token: reg.manageToken,  fullName: "Siti Rahma", jobTitle: before.jobTitle, country: before.country, sector: before.sector, dietaryNeeds: "Vegan" }));
    expect(needs).toMatchObject({ ok: true });
    const audit = await testDb().auditEvent.findMany({ where: { targetId: reg.id, action: "registration.update" } });
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ by: "registrant", fields: ["dietaryNeeds"] });
    // Needs are sensitive: the audit names the field, never its value.
    expect(JSON.stringify(audit[0].data)).not.toContain("Vegan");
    const [notice] = await listOutbox({ to: "desk@rso.example" });
    expect(notice.subject).toMatch(/changed/i);
    expect(notice.text).not.toContain("Vegan");
  });
});

describe("after the forum ends only data export and deletion remain", () => {
  it("registration closes when the forum ends even without a closing time", async () => {
    const forum = await makeForum({ startsOn: daysAgo(5), endsOn: daysAgo(3) });
    await testDb().forum.update({ where: { id: forum.id }, data: { registrationClosesAt: null } });
    await expect(createRegistration({ forumSlug: forum.slug, input: registrationInput({ email: "late@example.test" }) })).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb().registration.count({ where: { forumId: forum.id } })).toBe(0);
  });

  it("edits are refused; cancelling promotes nobody; a deletion request is still recorded", async () => {
    freshIp();
    const forum = await makeForum({ capacity: 1, startsOn: daysAgo(5), endsOn: daysAgo(3) });
    const holder = await makeRegistration(forum.id, { status: "approved" });
    const waiting = await makeRegistration(forum.id, { status: "waitlisted" });
    const edit = await updateRegistrationAction(form({ token: holder.manageToken,  fullName: holder.fullName, jobTitle: holder.jobTitle, country: holder.country, dietaryNeeds: "Vegan" }));
    expect(edit).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/has ended/) });
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: holder.id } })).dietaryNeeds).toBeNull();
    // Cancelling without asking for erasure is refused outright.
    expect(await cancelRegistrationAction(formDataFrom({ token: holder.manageToken,  confirm: "yes" }))).toMatchObject({ ok: false, code: "conflict" });
    const cancel = await cancelRegistrationAction(formDataFrom({ token: holder.manageToken,  confirm: "yes", requestDeletion: "on" }));
    expect(cancel.ok).toBe(true);
    const held = await testDb().registration.findUniqueOrThrow({ where: { id: holder.id } });
    expect(held.deletionRequestedAt).not.toBeNull();
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe("waitlisted");
    expect((await listOutbox({ to: waiting.email })).some((m) => /seat has opened/i.test(m.subject))).toBe(false);
  });
});

describe("the organisation picker offers only vetted organisations", () => {
  it("names typed by strangers, unconfirmed or cancelled registrations are not offered; an approved one is", async () => {
    freshIp();
    const forum = await makeForum();
    await registerAction(form({ forumSlug: forum.slug,  email: "planter@example.test", organisationName: "Totally Legit Bank (call +00 555)" }));
    const cancelledOrg = await makeOrganisation("Cancelled Co");
    await makeRegistration(forum.id, { status: "cancelled", organisationId: cancelledOrg.id });
    const approvedOrg = await makeOrganisation("Approved Apparel");
    await makeRegistration(forum.id, { status: "approved", organisationId: approvedOrg.id });
    const names = await listOrganisationNames();
    expect(names).toContain("Approved Apparel");
    expect(names).not.toContain("Totally Legit Bank (call +00 555)");
    expect(names).not.toContain("Cancelled Co");
  });
});
