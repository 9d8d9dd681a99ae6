// The durable job queue behind outgoing e-mail: graphile-worker, in its own schema (graphile_worker) of the app's
// PostgreSQL. Chosen over a hand-written queue (and over pg-boss) because it offers a documented SQL function,
// graphile_worker.add_job(), that a Prisma transaction can call, so a job exists exactly when its change commits.
// No "server-only" here: `npm run db:migrate`, the dev script and the test set-up install the schema too.
import { Logger, runMigrations, type LogFunctionFactory } from "graphile-worker";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/pg-config";

export { MAIL_MAX_ATTEMPTS, MAIL_TASK } from "@/lib/mail/jobs";

// graphile-worker logs every job at info level; keep warnings and errors only.
const logFactory: LogFunctionFactory = (scope) => (level, message) => {
  // A failed attempt is expected while SMTP is down and is recorded on the message: one line, no stack.
  if (message.startsWith("Failed task")) console.warn(`[mail queue] ${message.split("\n")[0]}`);
  else if (level === "error") console.error(`[mail queue] ${message}`, scope.taskIdentifier ? `(task ${scope.taskIdentifier})` : "");
  else if (level === "warning") console.warn(`[mail queue] ${message}`);
};
export const queueLogger = new Logger(logFactory);

export function queuePool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ ...poolConfigFromUrl(url), max });
  // An idle connection dropped by the server (a restart, a failover) must not crash the process; the pool
  // opens a new one on next use.
  const lost = (e: Error) => console.warn(`[mail queue] database connection lost: ${e.message}`);
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  return pool;
}

/** Installs or upgrades the queue's schema. Safe to run on every deploy and from several instances at once. */
export async function migrateQueue(url: string): Promise<void> {
  const pool = queuePool(url, 2);
  try {
    await runMigrations({ pgPool: pool, logger: queueLogger });
  } finally {
    await pool.end();
  }
}
