import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { hashPassword } from "@/lib/auth/password";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { getUserForSession } from "@/lib/auth/queries";
import { endAllSessions } from "@/lib/auth/mutations";

const PASSWORD = "correct horse battery staple";

async function account(email: string) {
  return testDb().user.create({ data: { email, name: "An Organiser", role: "organiser", passwordHash: await hashPassword(PASSWORD) } });
}

describe("sign-in throttling (per account and per address, with backoff)", () => {
  beforeEach(async () => {
    await testDb().rateLimiterFlexible.deleteMany();
  });

  it("30 wrong passwords in a row: the account is held back, and the right password then does not sign in at once", async () => {
    await account("target@example.test");
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      // Each try from a different address: the per-account rule alone must hold.
      const r = await attemptSignIn({ email: "target@example.test", password: `guess number ${i}`, address: `198.51.100.${i}` });
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes.slice(0, 5)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid"]);
    expect(outcomes.slice(5).every((o) => o === "throttled")).toBe(true);
    const right = await attemptSignIn({ email: "target@example.test", password: PASSWORD, address: "203.0.113.99" });
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("an unknown e-mail is held back exactly like a known one (no account enumeration through the lock)", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await attemptSignIn({ email: "nobody@example.test", password: `guess number ${i}`, address: `198.51.100.${i}` });
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid", "throttled", "throttled"]);
  });

  it("the wait doubles with each further failure once the lock has passed", async () => {
    await account("backoff@example.test");
    for (let i = 0; i < 5; i++) await attemptSignIn({ email: "backoff@example.test", password: "wrong wrong wrong", address: "192.0.2.1" });
    const first = await attemptSignIn({ email: "backoff@example.test", password: "wrong wrong wrong", address: "192.0.2.1" });
    expect(first).toMatchObject({ ok: false, reason: "throttled" });
    // The lock expires (its row is what holds it) ...
    await testDb().rateLimiterFlexible.deleteMany({ where: { key: { startsWith: "signin:account-block" } } });
    const failedAgain = await attemptSignIn({ email: "backoff@example.test", password: "wrong wrong wrong", address: "192.0.2.1" });
    expect(failedAgain).toMatchObject({ ok: false, reason: "invalid" });
    const second = await attemptSignIn({ email: "backoff@example.test", password: "wrong wrong wrong", address: "192.0.2.1" });
    expect(second.ok).toBe(false);
    if (first.ok || second.ok || first.reason !== "throttled" || second.reason !== "throttled") throw new Error("expected both throttled");
    expect(second.retryAfterSeconds).toBeGreaterThanOrEqual(first.retryAfterSeconds * 2 - 1);
  });

  it("one address trying many accounts is held back too", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await attemptSignIn({ email: `person${i}@example.test`, password: "wrong wrong wrong", address: "203.0.113.50" });
      outcomes.push(r.ok ? "ok" : r.reason);
    }
    expect(outcomes.slice(0, 20).every((o) => o === "invalid")).toBe(true);
    expect(outcomes.slice(20).every((o) => o === "throttled")).toBe(true);
    // Another address is not affected.
    await account("elsewhere@example.test");
    expect(await attemptSignIn({ email: "elsewhere@example.test", password: PASSWORD, address: "203.0.113.51" })).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the account's failures", async () => {
    await account("forgetful@example.test");
    for (let i = 0; i < 4; i++) await attemptSignIn({ email: "forgetful@example.test", password: "wrong wrong wrong", address: "192.0.2.2" });
    expect(await attemptSignIn({ email: "forgetful@example.test", password: PASSWORD, address: "192.0.2.2" })).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) {
      expect(await attemptSignIn({ email: "forgetful@example.test", password: "wrong wrong wrong", address: "192.0.2.2" })).toMatchObject({ reason: "invalid" });
    }
  });
});

describe("sessions end on sign-out and on a new password", () => {
  it("a session names the account's session version; ending all sessions makes older ones unknown", async () => {
    const user = await account("sessions@example.test");
    const signedIn = await attemptSignIn({ email: "sessions@example.test", password: PASSWORD, address: "192.0.2.3" });
    if (!signedIn.ok) throw new Error("sign-in failed");
    const version = signedIn.user.sessionVersion;
    expect(await getUserForSession(user.id, version)).toMatchObject({ id: user.id });
    await endAllSessions(user.id);
    expect(await getUserForSession(user.id, version)).toBeNull();
    // A token without a version (issued before versions existed, or forged without one) is not accepted either.
    expect(await getUserForSession(user.id, undefined)).toBeNull();
  });
});
