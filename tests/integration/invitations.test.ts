import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { signInAs, usersByRole, createUser } from "../support/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import { listOutbox } from "../support/mail";
import { authenticate } from "@/lib/auth/authenticate";
import { getUserById, getUserForSession } from "@/lib/auth/queries";
import { hashToken, newToken } from "@/lib/tokens";
import {
  acceptInvitationAction,
  inviteDelegateAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/lib/invitations/actions";
import { getInvitationByToken, listInvitations } from "@/lib/invitations/queries";

async function snapshot() {
  const db = testDb();
  return {
    invitations: await db.invitation.findMany({ orderBy: { id: "asc" } }),
    users: await db.user.findMany({ select: { id: true, email: true, role: true, memberStateId: true, passwordHash: true }, orderBy: { id: "asc" } }),
    audit: await db.auditEvent.count(),
    mail: (await listOutbox()).length,
  };
}

/** The token from the newest e-mail to an address (the only place the raw token exists). */
async function tokenMailedTo(email: string): Promise<string> {
  const [mail] = await listOutbox({ to: email, limit: 1 });
  const match = mail?.text.match(/\/invitations\/([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`No invitation link mailed to ${email}`);
  return match[1];
}

const PASSWORD = "a sturdy passphrase 2027";
const accept = (token: string, extra: Record<string, string> = {}) =>
  acceptInvitationAction(form({ token, name: "Siosaia Vake", password: PASSWORD, confirmPassword: PASSWORD, ...extra }));

let users: { organiser: CurrentUser; delegate: CurrentUser; attendee: CurrentUser };
let stateId: string;
beforeEach(async () => {
  users ??= await usersByRole();
  stateId ??= (await testDb().memberState.create({ data: { name: "Tonga", isoCode: "TON" } })).id;
  signInAs(users.organiser);
});

describe("inviting a delegate", () => {
  it("stores only the token's hash, e-mails a working link and records the invitation", async () => {
    const result = await inviteDelegateAction(form({ email: " Official@Gov.TO.example ", name: "Siosaia Vake", memberStateId: stateId }));
    expect(result.ok).toBe(true);
    const inv = await testDb().invitation.findFirstOrThrow({ where: { email: "official@gov.to.example" } });
    expect(inv).toMatchObject({ memberStateId: stateId, invitedById: users.organiser.id, acceptedAt: null, revokedAt: null });
    const days = (inv.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const token = await tokenMailedTo("official@gov.to.example");
    expect(inv.tokenHash).toBe(hashToken(token));
    expect(inv.tokenHash).not.toContain(token);
    const [mail] = await listOutbox({ to: "official@gov.to.example" });
    expect(mail.subject).toContain("Tonga");
    expect(await testDb().auditEvent.count({ where: { targetId: inv.id, action: "invitation.create" } })).toBe(1);
    expect(await getInvitationByToken(token)).toMatchObject({ state: "valid", email: "official@gov.to.example", memberStateName: "Tonga" });
  });

  it("refuses bad input at its field and an unknown member state, sending nothing", async () => {
    const before = await snapshot();
    const bad = await inviteDelegateAction(form({ email: "not an email", memberStateId: "" }));
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors!).sort()).toEqual(["email", "memberStateId"]);
    expect(await inviteDelegateAction(form({ email: "a@b.example", memberStateId: "missing" }))).toMatchObject({
      ok: false,
      fieldErrors: { memberStateId: [expect.any(String)] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses addresses of existing delegates and organisers, and a second pending invitation", async () => {
    const before = await snapshot();
    expect(await inviteDelegateAction(form({ email: users.delegate.email, memberStateId: stateId }))).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: [expect.stringContaining("already has a delegate account")] },
    });
    expect(await inviteDelegateAction(form({ email: users.organiser.email, memberStateId: stateId }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("organiser")] },
    });
    expect(await snapshot()).toEqual(before);

    expect((await inviteDelegateAction(form({ email: "twice@gov.example", memberStateId: stateId }))).ok).toBe(true);
    const afterFirst = await snapshot();
    expect(await inviteDelegateAction(form({ email: "twice@gov.example", memberStateId: stateId }))).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringContaining("pending invitation")] },
    });
    expect(await snapshot()).toEqual(afterFirst);
  });

  it("lets only one of two simultaneous invitations to the same address through", async () => {
    const results = await Promise.all([1, 2].map(() => inviteDelegateAction(form({ email: "same-time@gov.example", memberStateId: stateId }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await testDb().invitation.count({ where: { email: "same-time@gov.example" } })).toBe(1);
  });

  it.each(["delegate", "attendee", "anonymous"] as const)("refuses a %s for invite, resend and revoke, changing nothing", async (who) => {
    expect((await inviteDelegateAction(form({ email: `target-${who}@gov.example`, memberStateId: stateId }))).ok).toBe(true);
    const inv = await testDb().invitation.findFirstOrThrow({ where: { email: `target-${who}@gov.example` } });
    signInAs(who === "anonymous" ? null : users[who]);
    const code = who === "anonymous" ? "unauthenticated" : "forbidden";
    const before = await snapshot();
    expect(await inviteDelegateAction(form({ email: `other-${who}@gov.example`, memberStateId: stateId }))).toMatchObject({ ok: false, code });
    expect(await resendInvitationAction(form({ id: inv.id }))).toMatchObject({ ok: false, code });
    expect(await revokeInvitationAction(form({ id: inv.id }))).toMatchObject({ ok: false, code });
    expect(await snapshot()).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  it("creates a delegate of the member state who can sign in; a second use says it was used", async () => {
    await inviteDelegateAction(form({ email: "new@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("new@gov.example");
    signInAs(null);
    const result = await accept(token);
    expect(result).toMatchObject({ ok: true, data: { email: "new@gov.example" } });
    const user = await testDb().user.findUniqueOrThrow({ where: { email: "new@gov.example" } });
    expect(user).toMatchObject({ role: "delegate", memberStateId: stateId, name: "Siosaia Vake" });
    expect(await authenticate({ email: "new@gov.example", password: PASSWORD })).toMatchObject({ role: "delegate" });
    expect(await getUserById(user.id)).toMatchObject({ memberStateName: "Tonga" });
    expect((await testDb().invitation.findFirstOrThrow({ where: { email: "new@gov.example" } })).acceptedAt).not.toBeNull();
    expect(await testDb().auditEvent.count({ where: { action: "invitation.accept", targetId: user.id } })).toBe(1);

    const before = await snapshot();
    const again = await accept(token, { password: "another passphrase!!", confirmPassword: "another passphrase!!" });
    expect(again).toMatchObject({ ok: false, code: "gone", message: expect.stringContaining("already been used") });
    expect(await snapshot()).toEqual(before);
    expect(await getInvitationByToken(token)).toEqual({ state: "used" });
  });

  it("lets only one of two simultaneous uses of a link through", async () => {
    await inviteDelegateAction(form({ email: "race@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("race@gov.example");
    const results = await Promise.all([accept(token), accept(token, { name: "Second" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await testDb().user.count({ where: { email: "race@gov.example" } })).toBe(1);
  });

  it("refuses a common password (or one built on the e-mail address) at its field, leaving the invitation unused", async () => {
    await inviteDelegateAction(form({ email: "weak@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("weak@gov.example");
    for (const pw of ["password1234", "qwertyuiop123", "weak@gov.example"]) {
      expect(await accept(token, { password: pw, confirmPassword: pw })).toMatchObject({ ok: false, fieldErrors: { password: [expect.any(String)] } });
    }
    expect(await testDb().invitation.findFirstOrThrow({ where: { email: "weak@gov.example" } })).toMatchObject({ acceptedAt: null });
    expect(await testDb().user.count({ where: { email: "weak@gov.example" } })).toBe(0);
  });

  it("upgrades an existing attendee account to delegate", async () => {
    const attendee = await createUser("attendee", { email: "business-then-gov@example.test" });
    await inviteDelegateAction(form({ email: attendee.email, memberStateId: stateId }));
    const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: attendee.id } });
    expect((await accept(await tokenMailedTo(attendee.email))).ok).toBe(true);
    expect(await testDb().user.findUniqueOrThrow({ where: { id: attendee.id } })).toMatchObject({ role: "delegate", memberStateId: stateId });
    // The new password ends the sessions the attendee account had.
    expect(await getUserForSession(attendee.id, sessionVersion)).toBeNull();
  });

  it("refuses an expired link and changes nothing", async () => {
    const token = newToken();
    await testDb().invitation.create({
      data: { email: "late@gov.example", memberStateId: stateId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getInvitationByToken(token)).toEqual({ state: "expired" });
    const before = await snapshot();
    expect(await accept(token)).toMatchObject({ ok: false, code: "gone", message: expect.stringContaining("expired") });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a tampered or unknown link without revealing anything", async () => {
    await inviteDelegateAction(form({ email: "tamper@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("tamper@gov.example");
    const tampered = (token[0] === "A" ? "B" : "A") + token.slice(1);
    const before = await snapshot();
    for (const t of [tampered, token.slice(0, 20), "../../etc/passwd", "x".repeat(100)]) {
      expect(await getInvitationByToken(t)).toEqual({ state: "invalid" });
      const r = await accept(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).not.toContain("tamper@gov.example");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("validates the form at its fields before touching the invitation", async () => {
    await inviteDelegateAction(form({ email: "form@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("form@gov.example");
    const before = await snapshot();
    const r = await acceptInvitationAction(form({ token, name: "", password: "short", confirmPassword: "different" }));
    expect(r).toMatchObject({ ok: false, code: "invalid_input" });
    if (!r.ok) expect(Object.keys(r.fieldErrors!)).toEqual(expect.arrayContaining(["name", "password", "confirmPassword"]));
    expect(await snapshot()).toEqual(before);
    expect(await getInvitationByToken(token)).toMatchObject({ state: "valid" });
  });

  it("refuses when the address became an organiser meanwhile, leaving the invitation unused", async () => {
    await inviteDelegateAction(form({ email: "promoted@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("promoted@gov.example");
    await testDb().user.create({ data: { email: "promoted@gov.example", role: "organiser" } });
    expect(await accept(token)).toMatchObject({ ok: false, code: "conflict" });
    expect((await testDb().user.findUniqueOrThrow({ where: { email: "promoted@gov.example" } })).role).toBe("organiser");
    expect((await testDb().invitation.findFirstOrThrow({ where: { email: "promoted@gov.example" } })).acceptedAt).toBeNull();
  });
});

describe("resending and revoking", () => {
  it("resend mails a new link and kills the old one", async () => {
    await inviteDelegateAction(form({ email: "resend@gov.example", memberStateId: stateId }));
    const oldToken = await tokenMailedTo("resend@gov.example");
    const inv = await testDb().invitation.findFirstOrThrow({ where: { email: "resend@gov.example" } });
    expect((await resendInvitationAction(form({ id: inv.id }))).ok).toBe(true);
    const newTokenValue = await tokenMailedTo("resend@gov.example");
    expect(newTokenValue).not.toBe(oldToken);
    expect(await getInvitationByToken(oldToken)).toEqual({ state: "invalid" });
    expect(await accept(oldToken)).toMatchObject({ ok: false, code: "gone" });
    expect((await accept(newTokenValue)).ok).toBe(true);
    expect(await resendInvitationAction(form({ id: inv.id }))).toMatchObject({ ok: false, code: "conflict" });
  });

  it("resend revives an expired invitation for another seven days", async () => {
    const inv = await testDb().invitation.create({
      data: { email: "expired-resend@gov.example", memberStateId: stateId, tokenHash: hashToken(newToken()), expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await resendInvitationAction(form({ id: inv.id }))).ok).toBe(true);
    expect(await getInvitationByToken(await tokenMailedTo("expired-resend@gov.example"))).toMatchObject({ state: "valid" });
  });

  it("revoke stops the link; a revoked invitation cannot be resent; statuses are listed", async () => {
    await inviteDelegateAction(form({ email: "revoke@gov.example", memberStateId: stateId }));
    const token = await tokenMailedTo("revoke@gov.example");
    const inv = await testDb().invitation.findFirstOrThrow({ where: { email: "revoke@gov.example" } });
    expect((await revokeInvitationAction(form({ id: inv.id }))).ok).toBe(true);
    expect(await getInvitationByToken(token)).toEqual({ state: "revoked" });
    expect(await accept(token)).toMatchObject({ ok: false, code: "gone" });
    expect(await testDb().user.count({ where: { email: "revoke@gov.example" } })).toBe(0);
    expect(await resendInvitationAction(form({ id: inv.id }))).toMatchObject({ ok: false, code: "conflict" });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { targetId: inv.id, action: "invitation.revoke" } });
    expect(audit.data).toMatchObject({ before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });

    const revoked = await listInvitations({ status: "revoked" });
    expect(revoked.map((i) => i.email)).toContain("revoke@gov.example");
    expect(revoked.every((i) => i.status === "revoked")).toBe(true);
    // A new invitation may be sent once the old one is revoked.
    expect((await inviteDelegateAction(form({ email: "revoke@gov.example", memberStateId: stateId }))).ok).toBe(true);
  });
});
