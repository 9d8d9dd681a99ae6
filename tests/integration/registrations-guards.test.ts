// Tests that hold guards found unguarded by planted bugs: each fails when its guard is removed.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser } from "../support/auth";
import { testRequest } from "../support/request";
import { formDataFrom, makeForum, makeOrganisation, makeRegistration } from "./registrations-fixtures";
import { cancelRegistrationAction, confirmEmailAction, updateRegistrationAction } from "@/lib/registrations/actions";
import { cancelRegistrationByToken, decideRegistrations } from "@/lib/registrations/mutations";
import { newToken } from "@/lib/tokens";
import { GET as calendarGet } from "@/app/api/registrations/[token]/calendar/route";

describe("the per-organisation cap within one bulk approval", () => {
  it("approving several people of one organisation at once stops at the cap and says why for the rest", async () => {
    const organiser = await createUser("organiser");
    const forum = await makeForum({ capacity: 50, organisationCap: 2 });
    const bank = await makeOrganisation("Cap Test Bank");
    const other = await makeOrganisation("Cap Test Platform");
    const base = Date.now() - 60_000;
    const bankers = await Promise.all([0, 1, 2, 3].map((i) => makeRegistration(forum.id, { organisationId: bank.id, createdAt: new Date(base + i * 1000) })));
    const outsider = await makeRegistration(forum.id, { organisationId: other.id, createdAt: new Date(base + 5000) });
    const results = await decideRegistrations({ forumId: forum.id, ids: [...bankers, outsider].map((r) => r.id), decision: "approve", actorId: organiser.id });
    const outcome = new Map(results.map((r) => [r.id, r.outcome]));
    expect(bankers.map((b) => outcome.get(b.id))).toEqual(["approved", "approved", "organisation_cap", "organisation_cap"]);
    expect(outcome.get(outsider.id)).toBe("approved");
    expect(await testDb().registration.count({ where: { forumId: forum.id, organisationId: bank.id, status: "approved" } })).toBe(2);
  });
});

describe("a cancellation that frees a seat waits for the forum's lock", () => {
  it("while another transaction holds the forum, the cancel neither cancels nor promotes; after it, seats are never overbooked", async () => {
    const organiser = await createUser("organiser");
    // Seats are free (3 seats, 2 taken), so a promotion that counted without the lock could overbook.
    const forum = await makeForum({ capacity: 3 });
    const base = Date.now() - 60_000;
    const leaver = await makeRegistration(forum.id, { status: "approved" });
    await makeRegistration(forum.id, { status: "approved" });
    const w1 = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base) });
    const w2 = await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base + 1000) });
    const pending = await makeRegistration(forum.id);

    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT "id" FROM "Forum" WHERE "id" = $1 FOR UPDATE`, [forum.id]);
      // An organiser's approval takes the free seat inside the locked transaction.
      await holder.query(`UPDATE "Registration" SET "status" = 'approved' WHERE "id" = $1`, [pending.id]);
      let settled = false;
      const cancelling = cancelRegistrationByToken({ token: leaver.manageToken }).finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 1500));
      expect(settled, "the cancel must wait for the forum's lock").toBe(false);
      expect((await testDb().registration.findUniqueOrThrow({ where: { id: leaver.id } })).status).toBe("approved");
      await holder.query("COMMIT");
      await cancelling;
    } finally {
      await holder.end();
    }
    const approved = await testDb().registration.count({ where: { forumId: forum.id, status: "approved" } });
    expect(approved).toBe(3);
    // One seat was freed by the cancel; only the first waiting person gets it.
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: w1.id } })).status).toBe("approved");
    expect((await testDb().registration.findUniqueOrThrow({ where: { id: w2.id } })).status).toBe("waitlisted");
    void organiser;
  });
});

describe("rate limits on every manage-link entry point", () => {
  // The per-address budget of the manage link (60 a minute): the 61st call from one address is refused.
  const exhaust = async (call: () => Promise<boolean>) => {
    let refused = false;
    for (let i = 0; i < 61 && !refused; i++) refused = await call();
    return refused;
  };

  it("the calendar download", async () => {
    testRequest.setIp("203.0.113.201");
    const req = () => new Request("http://x/", { headers: { "x-forwarded-for": "203.0.113.201" } });
    const token = newToken();
    expect(await exhaust(async () => (await calendarGet(req(), { params: Promise.resolve({ token }) })).status === 429)).toBe(true);
  });

  it("updating details", async () => {
    testRequest.setIp("203.0.113.202");
    const token = newToken();
    expect(await exhaust(async () => {
      const r = await updateRegistrationAction(formDataFrom({ token: token,  fullName: "X" }));
      return !r.ok && r.code === "rate_limited";
    })).toBe(true);
  });

  it("confirming an e-mail address", async () => {
    testRequest.setIp("203.0.113.203");
    const token = newToken();
    expect(await exhaust(async () => {
      const r = await confirmEmailAction({ token: token });
      return !r.ok && r.code === "rate_limited";
    })).toBe(true);
  });

  it("cancelling", async () => {
    testRequest.setIp("203.0.113.204");
    const token = newToken();
    expect(await exhaust(async () => {
      const r = await cancelRegistrationAction(formDataFrom({ token: token,  confirm: "yes" }));
      return !r.ok && r.code === "rate_limited";
    })).toBe(true);
  });
});
