import "server-only";
import { run, runOnce, type Runner, type TaskList } from "graphile-worker";
import { MAIL_TASK, queueLogger, queuePool } from "@/lib/mail/queue";
import { getMailForDelivery, markMailSent, recordMailFailure } from "@/lib/mail/mutations";
import { sendMail } from "@/lib/mail/send";

function describeError(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return `${typeof code === "string" ? `${code}: ` : ""}${e.message}`;
  }
  return String(e);
}

/**
 * Sends one queued message. A failure is recorded on the message and rethrown, so graphile-worker tries again
 * with backoff; after the last attempt the message is marked failed and shown to organisers at /manage/mail.
 */
const taskList: TaskList = {
  [MAIL_TASK]: async (payload, helpers) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== "string") {
      helpers.logger.error(`send_mail job ${helpers.job.id} has no message id; dropped`);
      return;
    }
    const mail = await getMailForDelivery(id);
    if (!mail) return;
    try {
      await sendMail({
        id: mail.id,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: mail.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, "base64") })),
      });
    } catch (e) {
      await recordMailFailure(id, describeError(e), helpers.job.attempts >= helpers.job.max_attempts);
      throw e;
    }
    await markMailSent(id);
  },
};

const state = globalThis as unknown as { balaiMailWorker?: Promise<Runner> };

/**
 * Starts this process's mail worker, once (instrumentation.ts calls it in every `next start` and `next dev`).
 * Instances share the queue safely: graphile-worker hands each job to one worker (FOR UPDATE SKIP LOCKED) and
 * wakes workers through LISTEN/NOTIFY, polling as a fallback.
 */
export function startMailWorker(url = process.env.DATABASE_URL): Promise<Runner> {
  if (!url) throw new Error("DATABASE_URL is not set; the mail worker needs the app's database.");
  state.balaiMailWorker ??= (async () => {
    const runner = await run({ pgPool: queuePool(url, 4), taskList, concurrency: 2, pollInterval: 2_000, noHandleSignals: true, logger: queueLogger });
    // Let a message being sent finish (and be marked sent) before the process goes, rather than sending it twice.
    const stop = () => void runner.stop().catch(() => {});
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    return runner;
  })().catch((e) => {
    state.balaiMailWorker = undefined;
    console.error("The mail worker could not start; queued mail waits until it does", e);
    throw e;
  });
  return state.balaiMailWorker;
}

/** Sends everything that is due now, then returns: tests use it to deliver queued mail deterministically. */
export async function drainMailQueue(url = process.env.DATABASE_URL): Promise<void> {
  if (!url) throw new Error("DATABASE_URL is not set");
  const pool = queuePool(url, 2);
  try {
    await runOnce({ pgPool: pool, taskList, logger: queueLogger });
  } finally {
    await pool.end();
  }
}
