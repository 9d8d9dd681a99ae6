import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "../../scripts/embedded-db";

// The embedded PostgreSQL of `npm run dev` (scripts/embedded-db.ts) on its own throw-away folder: these tests do
// not use the suite's test server, so they are the same against the embedded server and against PostgreSQL 15.
const base = fs.mkdtempSync(path.join(os.tmpdir(), "balai-durability-"));
fs.chmodSync(base, 0o755);
const dataDir = path.join(base, "data");
const root = path.resolve(__dirname, "../..");
let reopened: EmbeddedDb | undefined;

afterAll(async () => {
  await reopened?.stop();
  fs.rmSync(base, { recursive: true, force: true });
});

type Writer = { child: ChildProcess; lastCommitted: () => number; output: () => string; exited: Promise<number | null> };

function startWriter(port: number): Promise<Writer> {
  // Its own process group, like `npm run dev` in a terminal: the group is what gets killed.
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "tests/support/embedded-writer.ts", dataDir, String(port)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let last = 0;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      for (const m of chunk.toString().matchAll(/committed (\d+)/g)) last = Math.max(last, Number(m[1]));
      if (/ready \d+/.test(out)) resolve({ child, lastCommitted: () => last, output: () => out, exited });
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    void exited.then((code) => reject(new Error(`writer exited with ${code} before it was ready:\n${out}`)));
  });
}

async function until(check: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function countRows(url: string): Promise<{ count: number; max: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string; max: number | null }>("SELECT count(*) AS count, max(n) AS max FROM durability");
    return { count: Number(rows[0].count), max: rows[0].max ?? 0 };
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL keeps committed rows", () => {
  it("kill -9 of the whole process group, then a restart: every committed row is there", async () => {
    const port = await freePort();
    const writer = await startWriter(port);
    await until(() => writer.lastCommitted() >= 300, 60_000, "300 commits");
    process.kill(-writer.child.pid!, "SIGKILL");
    await writer.exited;
    const committed = writer.lastCommitted();
    // The server died with the group (no clean shutdown): its pid file is left behind.
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);

    // The server may take a moment to release the port after the kill.
    const started = Date.now();
    for (let attempt = 0; !reopened; attempt++) {
      try {
        reopened = await startEmbeddedDb({ dataDir, port });
      } catch (e) {
        if (attempt > 40) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    console.log(`[durability] ${committed} rows reported committed; restart after kill -9 took ${Date.now() - started} ms`);
    const { count, max } = await countRows(reopened.url);
    // Every row whose COMMIT returned is there; at most the one in flight at the kill may be too.
    expect(max).toBeGreaterThanOrEqual(committed);
    expect(count).toBe(max);
    await reopened.stop();
    reopened = undefined;
  }, 120_000);

  it("SIGTERM stops it cleanly, and the next start is a normal one", async () => {
    const port = await freePort();
    const writer = await startWriter(port);
    const before = writer.lastCommitted();
    await until(() => writer.lastCommitted() >= before + 50, 60_000, "50 more commits");
    writer.child.kill("SIGTERM");
    const code = await writer.exited;
    expect(writer.output()).toContain("stopped cleanly");
    expect(code).toBe(0);
    expect(writer.output()).toContain("stopped cleanly");
    const committed = writer.lastCommitted();
    // A clean shutdown removes the pid file and records "shut down" in the control file.
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
    const started = Date.now();
    reopened = await startEmbeddedDb({ dataDir, port });
    console.log(`[durability] clean restart took ${Date.now() - started} ms`);
    const { max } = await countRows(reopened.url);
    expect(max).toBeGreaterThanOrEqual(committed);
  }, 120_000);

  it("names EMBEDDED_DB_PORT when the port is taken", async () => {
    const port = await freePort();
    const net = await import("node:net");
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, "127.0.0.1", () => resolve()));
    try {
      await expect(startEmbeddedDb({ dataDir: path.join(base, "other"), port })).rejects.toThrow(
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use[\\s\\S]*EMBEDDED_DB_PORT=`),
      );
    } finally {
      blocker.close();
    }
  });
});
