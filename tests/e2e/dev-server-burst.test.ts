// `npm run dev` on the embedded PostgreSQL under the burst it exists for: 100 registrations at once, over HTTP,
// through the real server action. Every one is stored or refused with a clear message, none answers 5xx, the
// server log holds no PostgreSQL protocol error, and the dev server's own mail worker delivers each accepted
// registration's confirmation e-mail. (PGlite behind pglite-socket failed exactly this.)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type Browser } from "playwright-core";
import pg from "pg";
import { embeddedDatabaseUrl, freePort } from "../../scripts/embedded-db";
import { UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { field } from "./support/browser";

const root = path.resolve(__dirname, "../..");
const BURST = 100;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "balai-dev-burst-"));
fs.chmodSync(work, 0o755);
const dataDir = path.join(work, "postgres");
const outboxDir = path.join(work, "outbox");
const logFile = path.join(work, "dev.log");
// `next dev` with its own build folder writes that folder into tsconfig.json; put the file back afterwards.
const tsconfig = fs.readFileSync(path.join(root, "tsconfig.json"), "utf8");
const distDir = `.next-dev-burst-${process.pid}`;

let dev: ChildProcess | undefined;
let devExited: Promise<number | null> | undefined;
let baseUrl = "";
let dbPort = 0;
let browser: Browser | undefined;

const log = () => (fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "");

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.\nDev server log:\n${log().slice(-5000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

beforeAll(async () => {
  const port = await freePort();
  dbPort = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, "a");
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_DB_PORT: String(dbPort), EMBEDDED_DB_DIR: dataDir, NEXT_DIST_DIR: distDir, MAIL_OUTBOX_DIR: outboxDir, NEXT_TELEMETRY_DISABLED: "1",
    // The burst stands for many people behind one proxy that names each client in X-Forwarded-For; without a
    // trusted hop every request would count against loopback's one per-address limit.
    TRUST_PROXY_HOPS: "1",
  };
  // Exactly what a newcomer runs: no DATABASE_URL, no secret, no SMTP.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "APP_URL", "SMTP_URL", "MAIL_TRANSPORT", "NODE_ENV"]) delete env[name];
  dev = spawn("npm", ["run", "dev"], { cwd: root, env, detached: true, stdio: ["ignore", out, out] });
  devExited = new Promise((resolve) => dev!.once("exit", (code) => resolve(code)));
  await waitFor(
    async () => {
      if (dev!.exitCode !== null) throw new Error(`npm run dev exited with ${dev!.exitCode}:\n${log()}`);
      return fetch(`${baseUrl}/api/health`).then((r) => r.status === 200, () => false);
    },
    240_000,
    "npm run dev to answer /api/health",
  );
  browser = await chromium.connect(inject("e2eBrowserEndpoint"));
}, 300_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  // Normally the last test has stopped it already; after a failure, stop whatever is left of the group.
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-dev!.pid!, sig);
      return true;
    } catch {
      return false; // the group is gone
    }
  };
  if (dev?.pid && signal("SIGINT")) {
    const timer = setTimeout(() => signal("SIGKILL"), 20_000);
    await Promise.race([devExited, new Promise((r) => setTimeout(r, 25_000))]);
    clearTimeout(timer);
  }
  fs.writeFileSync(path.join(root, "tsconfig.json"), tsconfig);
  fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}, 60_000);

type Captured = { url: string; headers: Record<string, string>; body: Buffer };

describe("npm run dev on the embedded PostgreSQL", () => {
  it(`takes ${BURST} registrations at once: each stored or refused with a clear message, no 5xx, no protocol error`, async () => {
    // One registration in a real browser, to capture the server action request exactly as React encodes it.
    const context = await browser!.newContext({ baseURL: baseUrl, locale: "en-GB" });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    let captured: Captured | undefined;
    page.on("request", (req) => {
      if (req.method() === "POST" && req.headers()["next-action"]) captured = { url: req.url(), headers: req.headers(), body: req.postDataBuffer()! };
    });
    await page.goto(`/forums/${UPCOMING_FORUM_SLUG}/register`);
    await field(page, "Full name").fill("Burst Template");
    await field(page, "E-mail").fill("burst-template@example.test");
    await field(page, "Job title").fill("Compliance lead");
    await field(page, "Organisation").fill("Burst Logistics");
    await field(page, "Sector").selectOption({ index: 1 });
    await field(page, "Country").fill("Thailand");
    await page.getByRole("checkbox", { name: /I have read the privacy notice/ }).check();
    await page.getByRole("button", { name: /register/i }).click();
    await page.getByRole("heading", { name: "Check your e-mail" }).waitFor();
    await context.close();
    expect(captured).toBeDefined();

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(captured!.headers)) if (!["content-length", "cookie", "host"].includes(k)) headers[k] = v;
    const template = captured!.body.toString("latin1");
    expect(template).toContain("burst-template@example.test");

    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: BURST }, async (_, i) => {
        const body = template.replaceAll("burst-template@example.test", `burst-${i}@example.test`).replaceAll("Burst Template", `Burst Person ${i}`);
        const res = await fetch(captured!.url, {
          method: "POST",
          // Each from its own client address, as behind the proxy the README asks for.
          headers: { ...headers, "x-forwarded-for": `203.0.113.${i + 1}` },
          body: Buffer.from(body, "latin1"),
        });
        return { i, status: res.status, text: await res.text() };
      }),
    );
    const elapsed = Date.now() - started;

    const accepted: number[] = [];
    for (const r of responses) {
      expect(r.status, `request ${r.i}: ${r.text.slice(0, 300)}`).toBeLessThan(500);
      if (/"ok":true/.test(r.text)) accepted.push(r.i);
      else expect(r.text, `request ${r.i} was neither stored nor clearly refused`).toMatch(/"ok":false,"code":"(rate_limited|conflict)","message":"[^"]{10,}/);
    }
    console.log(`[dev burst] ${BURST} registrations in ${elapsed} ms on npm run dev: ${accepted.length} stored, ${BURST - accepted.length} refused`);
    expect(accepted.length).toBeGreaterThanOrEqual(10);

    // What the server said is what the database holds.
    const client = new pg.Client({ connectionString: embeddedDatabaseUrl({ dataDir, port: dbPort }) });
    await client.connect();
    try {
      const { rows } = await client.query<{ email: string }>(`SELECT email FROM "Registration" WHERE email LIKE 'burst-%@example.test' AND email <> 'burst-template@example.test'`);
      expect(new Set(rows.map((r) => r.email))).toEqual(new Set(accepted.map((i) => `burst-${i}@example.test`)));
    } finally {
      await client.end();
    }

    // The dev server's mail worker delivers each confirmation e-mail to the outbox.
    const mailed = () =>
      fs.existsSync(outboxDir)
        ? fs.readdirSync(outboxDir).filter((n) => n.endsWith(".json")).map((n) => (JSON.parse(fs.readFileSync(path.join(outboxDir, n), "utf8")) as { to: string }).to)
        : [];
    await waitFor(async () => accepted.every((i) => mailed().includes(`burst-${i}@example.test`)), 60_000, "every accepted registration's e-mail in the outbox");
    expect(mailed().filter((to) => to.startsWith("burst-") && to !== "burst-template@example.test").sort()).toEqual(accepted.map((i) => `burst-${i}@example.test`).sort());

    const text = log();
    expect(text).not.toMatch(/bind message supplies|portal "[^"]*" does not exist|prepared statement "[^"]*" (does not exist|requires)|unnamed prepared statement|protocol error/i);
    expect(text).not.toMatch(/POST \/forums\/\S+ 5\d\d/);
    // The page was opened on 127.0.0.1; the dev server did not refuse its hot reload or actions.
    expect(text).not.toContain("Blocked cross-origin request");
  }, 600_000);

  it("answers on 127.0.0.1 as on localhost: the dev origin check lets both through", async () => {
    const port = new URL(baseUrl).port;
    for (const host of ["localhost", "127.0.0.1"]) {
      // Next's dev server refuses dev-only resources (hot reload) to origins it does not list.
      const res = await fetch(`http://${host}:${port}/_next/webpack-hmr`, { headers: { origin: `http://${host}:${port}`, "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" } });
      expect(res.status, `${host}: ${res.status}`).not.toBe(403);
    }
  });

  it("Ctrl-C (SIGINT to the whole process group, as a terminal sends it) stops the app and the database cleanly", async () => {
    const pidFile = path.join(dataDir, "postmaster.pid");
    expect(fs.existsSync(pidFile)).toBe(true);
    const group = dev!.pid!;
    process.kill(-group, "SIGINT");
    // npm itself dies of the signal at once; what matters is that everything it started finishes on its own.
    const groupAlive = () => {
      try {
        process.kill(-group, 0);
        return true;
      } catch {
        return false;
      }
    };
    const deadline = Date.now() + 30_000;
    while (groupAlive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const stillRunning = groupAlive();
    if (stillRunning) process.kill(-group, "SIGKILL");
    expect(stillRunning, "processes of npm run dev were still running 30 s after Ctrl-C").toBe(false);
    // PostgreSQL removes its pid file only when it shuts down, not when it is killed.
    expect(fs.existsSync(pidFile)).toBe(false);
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  }, 60_000);
});
