import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/prisma-client";
import { seed } from "@/prisma/seed";
import { applyMigrationSql, createDatabase, dropDatabase, urlForDatabase } from "../../support/pg-admin";
import { acquireTestServer } from "../../support/test-server";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

declare module "vitest" {
  export interface ProvidedContext {
    e2eBaseUrl: string;
    e2eOutboxDir: string;
    e2eDatabaseUrl: string;
    e2eBrowserEndpoint: string;
  }
}

const root = path.resolve(__dirname, "../../..");
const port = Number(process.env.E2E_PORT || 3200);
const baseUrl = `http://localhost:${port}`;
// `.ci/run` builds into .next just before the tests; a developer can point this at a private folder.
const distDir = process.env.E2E_DIST_DIR || process.env.NEXT_DIST_DIR || ".next";

function portInUse(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: p }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

function build(env: NodeJS.ProcessEnv): void {
  const reuse = process.env.E2E_REUSE_BUILD === "1" && fs.existsSync(path.join(root, distDir, "BUILD_ID"));
  if (reuse) {
    console.log(`[e2e] reusing the production build in ${distDir}`);
    return;
  }
  console.log(`[e2e] next build into ${distDir} (a few minutes)…`);
  const started = Date.now();
  const result = spawnSync("npx", ["next", "build"], { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`next build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`[e2e] built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function waitForHealth(server: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  server.once("exit", (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "(no log)";
  throw new Error(
    `${exited !== null ? `next start exited with ${exited}` : `next start did not answer /api/health with 200 within ${timeoutMs / 1000} s`}.\nServer log:\n${log}`,
  );
}

function killGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
    }, 5_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    try {
      // npx -> node -> next-server: the whole process group, so no orphan keeps the port.
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * One production server for every browser journey: a fresh database with the demo seed, `next build`,
 * `next start` on port 3200, and one Chromium that each test file connects to with a fresh context.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath())) {
    throw new Error(`Chromium is missing at ${chromiumPath()}. Install Debian's package: apt-get install -y chromium`);
  }
  if (await portInUse(port)) {
    throw new Error(`Port ${port} is already in use; stop whatever listens there (or set E2E_PORT) and rerun.`);
  }

  const pgServer = await acquireTestServer();
  process.env.TEST_DATABASE_URL = pgServer.url;
  const database = `balai_e2e_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = urlForDatabase(database);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "balai-e2e-"));
  const outboxDir = path.join(work, "outbox");
  const logFile = path.join(work, "server.log");
  fs.mkdirSync(outboxDir);

  let server: ChildProcess | undefined;
  let browser: BrowserServer | undefined;
  const teardown = async () => {
    await browser?.close().catch(() => {});
    await killGroup(server);
    await dropDatabase(database).catch((e) => console.error(`[e2e] could not drop ${database}: ${e}`));
    await pgServer.release();
    if (process.env.E2E_KEEP_LOG !== "1") fs.rmSync(work, { recursive: true, force: true });
    else console.log(`[e2e] server log and outbox kept in ${work}`);
  };

  try {
    await createDatabase(database);
    await applyMigrationSql(databaseUrl);
    const prisma = createPrismaClient(databaseUrl, 2);
    try {
      await seed(prisma);
    } finally {
      await prisma.$disconnect();
    }

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "balai-e2e-secret-not-for-production-0123456789",
      NEXTAUTH_URL: baseUrl,
      APP_URL: baseUrl,
      MAIL_TRANSPORT: "outbox",
      MAIL_OUTBOX_DIR: outboxDir,
      SMTP_URL: "",
    };
    build(env);

    const log = fs.openSync(logFile, "a");
    server = spawn("npx", ["next", "start", "-p", String(port)], {
      cwd: root,
      env,
      detached: true,
      stdio: ["ignore", log, log],
    });
    // If this process dies without running the teardown (a second Ctrl-C), do not leave the port taken.
    const started = server;
    process.once("exit", () => {
      try {
        if (started.pid && started.exitCode === null) process.kill(-started.pid, "SIGKILL");
      } catch {
        // already gone
      }
    });
    await waitForHealth(server, logFile);
    console.log(`[e2e] serving ${baseUrl} on database ${database}`);

    browser = await chromium.launchServer({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  } catch (e) {
    if (process.env.E2E_KEEP_LOG !== "1" && fs.existsSync(logFile)) {
      console.error(`[e2e] server log:\n${fs.readFileSync(logFile, "utf8")}`);
    }
    await teardown();
    throw e;
  }

  project.provide("e2eBaseUrl", baseUrl);
  project.provide("e2eOutboxDir", outboxDir);
  project.provide("e2eDatabaseUrl", databaseUrl);
  project.provide("e2eBrowserEndpoint", browser.wsEndpoint());
  return teardown;
}
