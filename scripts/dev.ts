// `npm run dev`: the one command a newcomer runs (`npm run demo`: the same on a production build). With
// DATABASE_URL it uses that PostgreSQL; without it, it starts the embedded one (PostgreSQL's own server, data in
// .data/postgres, kept between runs). Then it applies migrations, seeds demo data into an empty database, prints
// the demo sign-ins and runs Next.js (which also runs the mail queue's worker) until Ctrl-C or SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/prisma-client";
import { localAuthSecret } from "@/lib/auth/secret";
import { embeddedDataDir, embeddedDbPort, startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { migrateAll } from "./migrate";
import { isEmpty, printDemoSignIns, seed } from "../prisma/seed";

const root = path.resolve(__dirname, "..");

// Never spawnSync here: a blocked event loop could not answer signals while a child runs.
function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT || "3000";

let embedded: EmbeddedDb | undefined;
let next: ChildProcess | undefined;
let stopping = false;

// The app stops before its database, so that no request or mail job loses its connection half-way.
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (next?.pid && next.exitCode === null && next.signalCode === null) {
    const exited = new Promise<void>((resolve) => next!.once("exit", () => resolve()));
    killGroup(next, "SIGTERM");
    const timer = setTimeout(() => killGroup(next!, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  await embedded?.stop().catch((e) => console.error("Stopping the embedded PostgreSQL failed", e));
  process.exit(code);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function main() {
  process.on("SIGINT", () => void shutdown(130));
  process.on("SIGTERM", () => void shutdown(143));
  process.on("exit", () => next && killGroup(next, "SIGKILL"));

  if (!process.env.DATABASE_URL) {
    const dataDir = embeddedDataDir(root);
    const started = Date.now();
    try {
      embedded = await startEmbeddedDb({ dataDir, port: embeddedDbPort() });
    } catch (e) {
      console.error(`\n${e instanceof Error ? e.message : e}\n`);
      process.exit(1);
    }
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port} (ready in ${Date.now() - started} ms); data kept in ${path.relative(root, dataDir) || dataDir}/`);
    // A production build on this machine's own demo database: keep a generated key as `npm run dev` does. A real
    // deployment sets DATABASE_URL, and then the server still refuses to start without NEXTAUTH_SECRET.
    if (mode === "start") process.env.NEXTAUTH_SECRET ||= localAuthSecret(root);
  }

  if (!(await migrateAll(process.env.DATABASE_URL!))) {
    console.error("Applying migrations failed; see the message above.");
    return shutdown(1);
  }

  const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
  try {
    if (await isEmpty(prisma)) {
      console.log("Empty database: adding demo data…");
      await seed(prisma);
    }
  } finally {
    await prisma.$disconnect();
  }

  if (mode === "start") {
    if ((await run("npx", ["next", "build"])) !== 0) return shutdown(1);
  }
  if (stopping) return;

  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // Next runs in its own process group so that stopping it also stops the server process it forks;
  // otherwise an orphaned server would hold the port, talking to a database that is gone.
  const nextBin = require.resolve("next/dist/bin/next");
  next = spawn(process.execPath, [nextBin, mode, "--port", port], { cwd: root, stdio: "inherit", env: process.env, detached: true });
  setTimeout(() => {
    if (stopping) return;
    console.log(`\nBalai is running at http://localhost:${port} (or http://127.0.0.1:${port})`);
    printDemoSignIns();
    console.log(
      process.env.SMTP_URL
        ? `E-mails go out through ${new URL(process.env.SMTP_URL).host}. Press Ctrl-C to stop.\n`
        : "E-mails are written to .data/outbox/ and listed at /dev/mail. Press Ctrl-C to stop.\n",
    );
  }, 1500);
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (e) => {
  console.error(e);
  await shutdown(1);
});
