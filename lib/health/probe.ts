import net from "node:net";

/**
 * A cheap, cached check that the database server accepts connections, for proxy.ts: while it does not, pages get
 * a clear 503 page at once instead of each failing with a 500 after its queries time out. A TCP connection is
 * enough to tell "down" from "up"; /api/health runs a real query and says why when that fails.
 */
export type Probe = { ok: true } | { ok: false; reason: string };

const CACHE_UP_MS = 5_000;
const CACHE_DOWN_MS = 2_000;
let cached: { at: number; result: Probe } | null = null;

export function resetDatabaseProbe() {
  cached = null;
}

function target(): { host: string; port: number } | null {
  const url = process.env.DATABASE_URL || `postgresql://postgres@127.0.0.1:${process.env.EMBEDDED_DB_PORT || 54329}/postgres`;
  try {
    const u = new URL(url);
    return { host: decodeURIComponent(u.hostname) || "127.0.0.1", port: u.port ? Number(u.port) : 5432 };
  } catch {
    return null;
  }
}

export async function probeDatabase(opts: { fresh?: boolean } = {}): Promise<Probe> {
  const now = Date.now();
  if (!opts.fresh && cached && now - cached.at < (cached.result.ok ? CACHE_UP_MS : CACHE_DOWN_MS)) return cached.result;
  const t = target();
  const result: Probe = t ? await connect(t.host, t.port) : { ok: false, reason: "the database address is not valid" };
  cached = { at: Date.now(), result };
  return result;
}

function connect(host: string, port: number): Promise<Probe> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result: Probe) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1_500, () => done({ ok: false, reason: "the database did not answer in time" }));
    socket.once("connect", () => done({ ok: true }));
    socket.once("error", (e: NodeJS.ErrnoException) =>
      done({ ok: false, reason: e.code === "ECONNREFUSED" ? "the database refused the connection (is it running?)" : "the database is unreachable" }),
    );
  });
}

/** A short reason for a failed query, safe to show: no host names, credentials or stack. */
export function describeDatabaseError(e: unknown): string {
  const text = String((e as { message?: unknown })?.message ?? e);
  if (/ECONNREFUSED|refused/i.test(text)) return "the database refused the connection (is it running?)";
  if (/timeout|timed out/i.test(text)) return "the database did not answer in time";
  if (/password authentication|authentication failed/i.test(text)) return "the database refused the credentials";
  if (/does not exist/i.test(text)) return "the database does not exist";
  if (/ENOTFOUND|EAI_AGAIN/i.test(text)) return "the database host name cannot be resolved";
  return "the database cannot be queried";
}
