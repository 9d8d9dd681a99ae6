import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser } from "../support/auth";
import { testRequest } from "../support/request";
import { formDataFrom, makeForum, makeOrganisation, makeRegistration, registrationInput } from "./registrations-fixtures";
import { cancelRegistrationByToken, createRegistration, decideRegistrations, type DecisionOutcome } from "@/lib/registrations/mutations";
import { registerAction } from "@/lib/registrations/actions";
import { RATE_LIMITS } from "@/lib/rate-limit/mutations";

const RUNS = 10;
// Ten runs of 200 concurrent requests take about 40 s on an idle 2-core machine; leave room for a busy one.
const LONG = 300_000;

describe("capacity under concurrency", () => {
  it(`200 concurrent approvals against 50 seats end with exactly 50 approved and every request definite (${RUNS} runs)`, async () => {
    const organiser = await createUser("organiser");
    for (let run = 0; run < RUNS; run += 1) {
      const forum = await makeForum({ capacity: 50 });
      const regs = await Promise.all(Array.from({ length: 200 }, () => makeRegistration(forum.id)));
      // Half the callers ask to waitlist when full, half to leave the row untouched.
      const results = await Promise.all(
        regs.map((r, i) =>
          decideRegistrations({ forumId: forum.id, ids: [r.id], decision: "approve", whenFull: i % 2 ? "waitlist" : "leave", actorId: organiser.id }),
        ),
      );
      const outcomes = results.map((r) => {
        expect(r).toHaveLength(1);
        return r[0].outcome;
      });
      const tally = (o: DecisionOutcome) => outcomes.filter((x) => x === o).length;
      expect(tally("approved")).toBe(50);
      expect(tally("approved") + tally("waitlisted") + tally("full")).toBe(200);

      const rows = await testDb().registration.findMany({ where: { forumId: forum.id }, select: { id: true, status: true } });
      expect(rows).toHaveLength(200);
      const statusById = new Map(rows.map((r) => [r.id, r.status]));
      expect(rows.filter((r) => r.status === "approved")).toHaveLength(50);
      // What each caller was told is what the database holds: none lost, none double-counted.
      results.forEach(([res]) => {
        const expected = res.outcome === "approved" ? "approved" : res.outcome === "waitlisted" ? "waitlisted" : "pending";
        expect(statusById.get(res.id)).toBe(expected);
      });
      // Each committed decision queued its e-mail in the same transaction: one per approval and per waitlisting.
      const emails = new Set(regs.map((r) => r.email));
      const queued = await testDb().mailMessage.findMany({ where: { to: { in: [...emails] } }, select: { kind: true } });
      expect(queued.filter((m) => m.kind === "registration.approved")).toHaveLength(50);
      expect(queued.filter((m) => m.kind === "registration.waitlisted")).toHaveLength(tally("waitlisted"));
    }
  }, LONG);

  it(`200 concurrent submissions, several sharing an e-mail, leave one row per e-mail and answer every one (${RUNS} runs)`, async () => {
    for (let run = 0; run < RUNS; run += 1) {
      const forum = await makeForum({ capacity: 50 });
      // 120 distinct people; 80 of them submit twice (double click, retry, second tab).
      const emails = Array.from({ length: 200 }, (_, i) => `person${i % 120}-${run}@example.test`);
      const results = await Promise.all(
        emails.map((email, i) => createRegistration({ forumSlug: forum.slug, input: registrationInput({ email, fullName: `Person ${i}`, organisationName: `Company ${i % 7}` }) })),
      );
      expect(results.filter((r) => r.outcome === "received")).toHaveLength(120);
      expect(results.filter((r) => r.outcome === "duplicate")).toHaveLength(80);
      const rows = await testDb().registration.findMany({ where: { forumId: forum.id }, select: { email: true, status: true } });
      expect(rows).toHaveLength(120);
      expect(new Set(rows.map((r) => r.email)).size).toBe(120);
      expect(rows.every((r) => r.status === "pending")).toBe(true);
      // Concurrent first registrations of the same new organisation share one organisation row.
      expect(await testDb().organisation.count({ where: { nameKey: { startsWith: "company " } } })).toBe(7);
    }
  }, LONG);

  it("200 concurrent submissions through the registration action, from 16 clients: every one stored or refused with a clear message", async () => {
    const forum = await makeForum({ capacity: 50 });
    const perIp = RATE_LIMITS.registrationPerIp.points;
    // 16 client addresses with 12 or 13 submissions each, so every address runs past its limit; 20 people submit twice.
    const calls = Array.from({ length: 200 }, (_, i) => ({
      ip: `198.51.100.${(i % 16) + 1}`,
      email: `action-person${i % 180}@example.test`,
      fullName: `Action Person ${i}`,
    }));
    const started = Date.now();
    const results = await Promise.all(
      calls.map((c) =>
        testRequest.asClient(c.ip, () =>
          registerAction(
            formDataFrom({ forumSlug: forum.slug, fullName: c.fullName, email: c.email, jobTitle: "Analyst", organisationName: "Burst Logistics", sector: "Manufacturing and supply chains", country: "Indonesia", consent: "on" }),
          ),
        ),
      ),
    );
    console.log(`[concurrency] 200 concurrent registerAction calls answered in ${Date.now() - started} ms`);
    const accepted = results.flatMap((r, i) => (r.ok ? [calls[i]] : []));
    for (const r of results) {
      if (r.ok) continue;
      // A definite refusal: one of the codes the form explains, with its message; never "internal".
      expect(["rate_limited", "conflict"]).toContain(r.code);
      expect(r.message).toMatch(/Too many attempts\. Please wait|already registered/);
    }
    // Per address at most its limit got through; everything over it was refused as rate limited.
    const perIpCount = new Map<string, number>();
    for (const c of calls) perIpCount.set(c.ip, (perIpCount.get(c.ip) ?? 0) + 1);
    const overLimit = [...perIpCount.values()].reduce((n, count) => n + Math.max(0, count - perIp), 0);
    expect(results.filter((r) => !r.ok && r.code === "rate_limited")).toHaveLength(overLimit);
    // None lost: each accepted submission is one stored row, and each stored row queued its confirmation e-mail.
    const rows = await testDb().registration.findMany({ where: { forumId: forum.id }, select: { email: true, fullName: true, status: true } });
    expect(rows).toHaveLength(accepted.length);
    expect(new Set(rows.map((r) => r.email))).toEqual(new Set(accepted.map((a) => a.email)));
    expect(results.filter((r) => !r.ok && r.code === "conflict").length + accepted.length + overLimit).toBe(200);
    expect(accepted.length).toBeGreaterThanOrEqual(150);
    expect(await testDb().mailMessage.count({ where: { kind: "registration.received", to: { in: rows.map((r) => r.email) } } })).toBe(rows.length);
  }, LONG);

  it("the per-organisation cap holds when approvals for one organisation race each other", async () => {
    const organiser = await createUser("organiser");
    for (let run = 0; run < 3; run += 1) {
      const forum = await makeForum({ capacity: 100, organisationCap: 3 });
      const orgs = await Promise.all(["Asia Pacific Bank", "ConnectSphere", "FairHire Recruitment"].map((n) => makeOrganisation(`${n} ${run}`)));
      const regs = await Promise.all(Array.from({ length: 60 }, (_, i) => makeRegistration(forum.id, { organisationId: orgs[i % 3].id })));
      const results = (
        await Promise.all(regs.map((r) => decideRegistrations({ forumId: forum.id, ids: [r.id], decision: "approve", actorId: organiser.id })))
      ).flat();
      expect(results.filter((r) => r.outcome === "approved")).toHaveLength(9);
      expect(results.filter((r) => r.outcome === "organisation_cap")).toHaveLength(51);
      for (const org of orgs) {
        expect(await testDb().registration.count({ where: { forumId: forum.id, organisationId: org.id, status: "approved" } })).toBe(3);
      }
    }
  });

  it("cancellations racing approvals never overbook, and every released seat goes to the waitlist in order", async () => {
    const organiser = await createUser("organiser");
    const forum = await makeForum({ capacity: 20 });
    const approved = await Promise.all(Array.from({ length: 20 }, () => makeRegistration(forum.id, { status: "approved" })));
    const base = Date.now() - 3_600_000;
    const waitlisted = [];
    for (let i = 0; i < 15; i += 1) {
      waitlisted.push(await makeRegistration(forum.id, { status: "waitlisted", waitlistedAt: new Date(base + i * 1000) }));
    }
    const pending = await Promise.all(Array.from({ length: 30 }, () => makeRegistration(forum.id)));
    await Promise.all([
      ...approved.slice(0, 10).map((r) => cancelRegistrationByToken({ token: r.manageToken })),
      ...pending.map((r) => decideRegistrations({ forumId: forum.id, ids: [r.id], decision: "approve", whenFull: "leave", actorId: organiser.id })),
    ]);
    expect(await testDb().registration.count({ where: { forumId: forum.id, status: "approved" } })).toBe(20);
    // Each cancellation hands its seat to the waitlist inside its own transaction, so the racing approvals of
    // pending registrations never see a free seat: the first ten waitlisted are promoted, in order.
    const statusOf = async (ids: string[]) =>
      (await testDb().registration.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((r) => r.status);
    expect(await statusOf(waitlisted.slice(0, 10).map((w) => w.id))).toEqual(Array(10).fill("approved"));
    expect(await statusOf(waitlisted.slice(10).map((w) => w.id))).toEqual(Array(5).fill("waitlisted"));
    expect(await statusOf(pending.map((p) => p.id))).toEqual(Array(30).fill("pending"));
  });
});
