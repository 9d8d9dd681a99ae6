import { afterAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { testDb } from "../support/db";
import { createUser, signInAs, usersByRole } from "../support/auth";
import { expectRefusedForNonOrganisers } from "../support/refusals";
import { listOutbox } from "../support/mail";
import { makeForum, makeRegistration } from "./registrations-fixtures";
import { db } from "@/lib/db";
import { freePort } from "../../scripts/embedded-db";
import { queueMail, recordMailFailure } from "@/lib/mail/mutations";
import { drainMailQueue, startMailWorker } from "@/lib/mail/worker";
import { getMailDeliveryHealth, listMailMessages } from "@/lib/mail/queries";
import { retryMailAction } from "@/lib/mail/actions";
import { decideRegistrations } from "@/lib/registrations/mutations";
import { form } from "../support/form";

const jobsFor = async (id: string) =>
  Number((await testDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${id}`)[0].n);

const poll = async <T,>(fn: () => Promise<T>, done: (v: T) => boolean, timeoutMs: number, what: string): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (done(v)) return v;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};

describe("mail is queued in the transaction of the change it reports", () => {
  it("a rolled-back transaction leaves neither a message nor a job; a committed one has both, and the worker delivers it once", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { kind: "test", to: "rollback@example.test", subject: "Never sent", text: "Body" });
        throw new Error("the change failed after queueing its mail");
      }),
    ).rejects.toThrow("the change failed");
    expect(await testDb().mailMessage.count({ where: { to: "rollback@example.test" } })).toBe(0);
    expect(Number((await testDb().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs`)[0].n)).toBe(0);

    const { id } = await db.$transaction((tx) => queueMail(tx, { kind: "test", to: "commit@example.test", subject: "Sent once", text: "Body with a one-time link" }));
    expect(await jobsFor(id)).toBe(1);
    expect(await testDb().mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "queued", attempts: 0, text: "Body with a one-time link" });

    const [mail] = await listOutbox({ to: "commit@example.test" });
    expect(mail.subject).toBe("Sent once");
    expect(await listOutbox({ to: "commit@example.test" })).toHaveLength(1);
    // Delivered: marked sent, the job gone, and the body (which can hold a link) erased.
    expect(await testDb().mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent", attempts: 1, text: null, attachments: null, lastError: null });
    expect(await jobsFor(id)).toBe(0);
  });

  it("two workers draining the queue at once (two app instances) send each message exactly once", async () => {
    const ids = await db.$transaction(async (tx) => {
      const out: string[] = [];
      for (let i = 0; i < 40; i++) out.push((await queueMail(tx, { kind: "test", to: `pair-${i}@example.test`, subject: `Pair ${i}`, text: "Body" })).id);
      return out;
    });
    await Promise.all([drainMailQueue(), drainMailQueue()]);
    const mails = (await listOutbox()).filter((m) => m.to.startsWith("pair-"));
    expect(mails).toHaveLength(40);
    expect(new Set(mails.map((m) => m.to)).size).toBe(40);
    expect(await testDb().mailMessage.count({ where: { id: { in: ids }, status: "sent", attempts: 1 } })).toBe(40);
  });

  it("a failed message is retried by an organiser only; retry queues it again with a fresh round of attempts", async () => {
    const users = await usersByRole();
    const { id } = await db.$transaction((tx) => queueMail(tx, { kind: "test", to: "bounce@example.test", subject: "Bounced", text: "Body" }));
    // As the worker records its last failed attempt; the job is then left for dead.
    await recordMailFailure(id, "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:2525", true);
    await testDb().$queryRaw`SELECT graphile_worker.permanently_fail_jobs(array_agg(id), 'gave up') FROM graphile_worker.jobs WHERE key = ${id}`;
    expect(await getMailDeliveryHealth()).toMatchObject({ failed: 1 });
    const page = await listMailMessages({ status: "failed" });
    expect(page.messages).toEqual([expect.objectContaining({ id, to: "bounce@example.test", subject: "Bounced", attempts: 1, lastError: expect.stringContaining("ECONNREFUSED") })]);

    await expectRefusedForNonOrganisers(
      users,
      async () => ({ row: await testDb().mailMessage.findUniqueOrThrow({ where: { id } }), jobs: await jobsFor(id) }),
      () => retryMailAction(form({ id })),
    );
    expect(await retryMailAction(form({ id }))).toMatchObject({ ok: true });
    expect(await testDb().mailMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "queued" });
    expect(await testDb().$queryRaw`SELECT attempts, max_attempts FROM graphile_worker.jobs WHERE key = ${id}`).toEqual([{ attempts: 0, max_attempts: 12 }]);
    expect(await testDb().auditEvent.count({ where: { action: "mail.retry", targetId: id, actorId: users.organiser.id } })).toBe(1);
    // Only failed messages can be retried: a second click is told it is queued already.
    expect(await retryMailAction(form({ id }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await retryMailAction(form({ id: "not-a-message" }))).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await listOutbox({ to: "bounce@example.test" })).map((m) => m.subject)).toEqual(["Bounced"]);
    signInAs(null);
  });
});

describe("when the SMTP server is down", () => {
  let smtp: SMTPServer | undefined;
  let worker: Awaited<ReturnType<typeof startMailWorker>> | undefined;
  afterAll(async () => {
    await worker?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it("50 approvals commit at once, and once it is back all 50 e-mails arrive exactly once", async () => {
    const port = await freePort();
    process.env.MAIL_TRANSPORT = "smtp";
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const organiser = await createUser("organiser");
    const forum = await makeForum({ capacity: 100 });
    const regs = await Promise.all(Array.from({ length: 50 }, (_, i) => makeRegistration(forum.id, { email: `smtp-down-${i}@example.test` })));

    // The worker runs as in a server process, against a mail server that is not there yet.
    worker = await startMailWorker();
    const started = Date.now();
    const results = await Promise.all(regs.map((r) => decideRegistrations({ forumId: forum.id, ids: [r.id], decision: "approve", actorId: organiser.id })));
    console.log(`[mail] 50 concurrent approvals committed in ${Date.now() - started} ms with SMTP down`);
    expect(results.flat().map((r) => r.outcome)).toEqual(Array(50).fill("approved"));
    expect(await testDb().registration.count({ where: { forumId: forum.id, status: "approved" } })).toBe(50);
    // Every approval committed while no mail server was there at all: none waited on SMTP or failed with it.

    // Every message is tried, fails and stays queued for another attempt: nothing is dropped.
    const failing = await poll(
      () => testDb().mailMessage.findMany({ where: { kind: "registration.approved" }, select: { status: true, attempts: true, lastError: true } }),
      (rows) => rows.length === 50 && rows.every((r) => r.attempts >= 1),
      30_000,
      "a first failed attempt of every message",
    );
    expect(failing.every((r) => r.status === "queued" && /ECONNREFUSED/.test(r.lastError ?? ""))).toBe(true);
    expect(await getMailDeliveryHealth()).toMatchObject({ failing: 50, failed: 0 });

    const received: { to: string; id: string }[] = [];
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        let raw = "";
        stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
        stream.on("end", () => {
          const id = raw.match(/^X-Balai-Message-Id: *(\S+)/im)?.[1] ?? "";
          for (const rcpt of session.envelope.rcptTo) received.push({ to: rcpt.address, id });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp!.listen(port, "127.0.0.1", () => resolve()));

    await poll(() => testDb().mailMessage.count({ where: { kind: "registration.approved", status: "sent" } }), (n) => n === 50, 60_000, "all 50 to be sent");
    // A little longer, to catch a late duplicate.
    await new Promise((r) => setTimeout(r, 1500));
    expect(received).toHaveLength(50);
    expect(new Set(received.map((r) => r.to))).toEqual(new Set(regs.map((r) => r.email)));
    const ids = await testDb().mailMessage.findMany({ where: { kind: "registration.approved" }, select: { id: true } });
    expect(new Set(received.map((r) => r.id))).toEqual(new Set(ids.map((r) => r.id)));
    expect(await getMailDeliveryHealth()).toMatchObject({ queued: 0, failing: 0, failed: 0 });
  }, 120_000);
});
