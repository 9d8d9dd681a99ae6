import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { signInAs, usersByRole } from "../support/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import {
  createMemberStateAction,
  deleteMemberStateAction,
  setMemberStateStatusAction,
  updateMemberStateAction,
} from "@/lib/member-states/actions";
import { getMemberState, listMemberStates } from "@/lib/member-states/queries";

async function snapshot() {
  const db = testDb();
  return {
    states: await db.memberState.findMany({ orderBy: { id: "asc" } }),
    invitations: await db.invitation.count(),
    users: await db.user.findMany({ select: { id: true, memberStateId: true, role: true }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
  };
}

let users: { organiser: CurrentUser; delegate: CurrentUser; attendee: CurrentUser };
beforeEach(async () => {
  users ??= await usersByRole();
  signInAs(users.organiser);
});

describe("member states: organiser writes", () => {
  it("adds a member state with an upper-cased ISO code and records it", async () => {
    const result = await createMemberStateAction(form({ name: "Timor-Leste", isoCode: "tls", kind: "state", status: "member" }));
    expect(result.ok).toBe(true);
    const row = await testDb().memberState.findUniqueOrThrow({ where: { name: "Timor-Leste" } });
    expect(row).toMatchObject({ isoCode: "TLS", kind: "state", status: "member" });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: row.id } });
    expect(audit).toMatchObject({ action: "member_state.create", targetType: "member_state", actorId: users.organiser.id });
  });

  it("adds an organisation without an ISO code", async () => {
    expect((await createMemberStateAction(form({ name: "International Labour Organization", isoCode: "", kind: "organisation", status: "member" }))).ok).toBe(true);
    expect((await testDb().memberState.findUniqueOrThrow({ where: { name: "International Labour Organization" } })).isoCode).toBeNull();
  });

  it("refuses a duplicate name (in any case) or ISO code at the field, changing nothing", async () => {
    await testDb().memberState.create({ data: { name: "Samoa", isoCode: "WSM" } });
    const before = await snapshot();
    expect(await createMemberStateAction(form({ name: "samoa", isoCode: "", kind: "state", status: "member" }))).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { name: [expect.stringContaining("already")] },
    });
    expect(await createMemberStateAction(form({ name: "Somewhere", isoCode: "WSM", kind: "state", status: "member" }))).toMatchObject({
      ok: false,
      fieldErrors: { isoCode: [expect.stringContaining("Samoa")] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses malformed input at each field, changing nothing", async () => {
    const before = await snapshot();
    const result = await createMemberStateAction(form({ name: "", isoCode: "AB12", kind: "moon", status: "friend" }));
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (!result.ok) expect(Object.keys(result.fieldErrors!).sort()).toEqual(["isoCode", "kind", "name", "status"]);
    expect(await snapshot()).toEqual(before);
  });

  it("edits name, code, kind and status with before and after in the audit log", async () => {
    const s = await testDb().memberState.create({ data: { name: "Türkiye", isoCode: "TUR", kind: "state", status: "observer" } });
    const result = await updateMemberStateAction(form({ id: s.id, name: "Türkiye", isoCode: "TUR", kind: "state", status: "member" }));
    expect(result.ok).toBe(true);
    expect((await testDb().memberState.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("member");
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: s.id, action: "member_state.update" } });
    expect(audit.data).toMatchObject({ before: { status: "observer" }, after: { status: "member" } });
    // Renaming to a name that differs only in case from itself is fine.
    expect((await updateMemberStateAction(form({ id: s.id, name: "TÜRKIYE", isoCode: "TUR", kind: "state", status: "member" }))).ok).toBe(true);
  });

  it("switches member <-> observer in one step and ignores a no-op", async () => {
    const s = await testDb().memberState.create({ data: { name: "Palau", isoCode: "PLW" } });
    expect(await setMemberStateStatusAction(form({ id: s.id, status: "observer" }))).toMatchObject({ ok: true, data: { changed: true } });
    expect((await testDb().memberState.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("observer");
    const auditCount = await testDb().auditEvent.count();
    expect(await setMemberStateStatusAction(form({ id: s.id, status: "observer" }))).toMatchObject({ ok: true, data: { changed: false } });
    expect(await testDb().auditEvent.count()).toBe(auditCount);
    expect(await setMemberStateStatusAction(form({ id: s.id, status: "ally" }))).toMatchObject({ ok: false, code: "invalid_input" });
  });

  it("never deletes a member state with delegates, and explains why", async () => {
    const s = await testDb().memberState.create({ data: { name: "Nauru", isoCode: "NRU" } });
    await testDb().user.create({ data: { email: "official@nauru.example", role: "delegate", memberStateId: s.id } });
    const before = await snapshot();
    const result = await deleteMemberStateAction(form({ id: s.id }));
    expect(result).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("delegate access depends on it") });
    expect(await snapshot()).toEqual(before);
  });

  it("deletes one with no accounts, taking its open invitations along", async () => {
    const s = await testDb().memberState.create({ data: { name: "Atlantis", isoCode: "ATL" } });
    await testDb().invitation.create({ data: { email: "x@atlantis.example", memberStateId: s.id, tokenHash: "h-atl", expiresAt: new Date(Date.now() + 86_400_000) } });
    expect((await deleteMemberStateAction(form({ id: s.id }))).ok).toBe(true);
    expect(await testDb().memberState.count({ where: { id: s.id } })).toBe(0);
    expect(await testDb().invitation.count({ where: { memberStateId: s.id } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { targetId: s.id, action: "member_state.delete" } })).toBe(1);
    expect(await deleteMemberStateAction(form({ id: s.id }))).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("member states: everyone else is refused", () => {
  it.each(["delegate", "attendee", "anonymous"] as const)("refuses a %s for every write, changing nothing", async (who) => {
    const s = await testDb().memberState.create({ data: { name: `Target ${who}`, isoCode: null } });
    signInAs(who === "anonymous" ? null : users[who]);
    const code = who === "anonymous" ? "unauthenticated" : "forbidden";
    const before = await snapshot();
    expect(await createMemberStateAction(form({ name: "New Place", isoCode: "NEW", kind: "state", status: "member" }))).toMatchObject({ ok: false, code });
    expect(await updateMemberStateAction(form({ id: s.id, name: "Renamed", isoCode: "", kind: "territory", status: "observer" }))).toMatchObject({ ok: false, code });
    expect(await setMemberStateStatusAction(form({ id: s.id, status: "observer" }))).toMatchObject({ ok: false, code });
    expect(await deleteMemberStateAction(form({ id: s.id }))).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
  });
});

describe("member state reads", () => {
  it("filters by kind, status and text and counts delegates", async () => {
    const a = await testDb().memberState.create({ data: { name: "Kiribati", isoCode: "KIR", kind: "state", status: "member" } });
    await testDb().memberState.create({ data: { name: "Macau SAR", isoCode: "MAC", kind: "territory", status: "member" } });
    await testDb().memberState.create({ data: { name: "Observer Org", kind: "organisation", status: "observer" } });
    await testDb().user.create({ data: { email: "k1@kir.example", role: "delegate", memberStateId: a.id } });
    await testDb().user.create({ data: { email: "k2@kir.example", role: "attendee", memberStateId: a.id } });
    expect((await listMemberStates({ kind: "territory" })).map((m) => m.name)).toContain("Macau SAR");
    expect((await listMemberStates({ kind: "territory" })).every((m) => m.kind === "territory")).toBe(true);
    const observers = await listMemberStates({ status: "observer" });
    expect(observers.map((m) => m.name)).toContain("Observer Org");
    expect(observers.every((m) => m.status === "observer")).toBe(true);
    expect((await listMemberStates({ q: "kir" })).find((m) => m.name === "Kiribati")?.delegateCount).toBe(1);
    expect((await getMemberState(a.id))?.delegates.map((d) => d.email)).toEqual(["k1@kir.example"]);
  });
});
