// `npm run dev`: the one command a newcomer runs. With DATABASE_URL it uses that PostgreSQL; without it, it
// starts the embedded one (data in .data/pglite, kept between runs). Then it applies migrations, seeds demo
// data into an empty database, prints the demo sign-ins and runs Next.js until Ctrl-C.
import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/prisma-client";
import { startEmbeddedDb, type EmbeddedDb } from "./embedded-db";
import { isEmpty, printDemoSignIns, seed } from "../prisma/seed";

const root = path.resolve(__dirname, "..");

// Never spawnSync here: the embedded database is served from this process's event loop, so a blocked loop
// would leave the child waiting for a database that cannot answer.
function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
const mode = process.argv[2] === "start" ? "start" : "dev";
const port = process.env.PORT || "3000";

async function main() {
  let embedded: EmbeddedDb | undefined;
  if (!process.env.DATABASE_URL) {
    const dataDir = path.join(root, ".data", "pglite");
    embedded = await startEmbeddedDb({ dataDir, port: Number(process.env.EMBEDDED_DB_PORT || 54329) });
    process.env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL (PGlite) running; data kept in ${path.relative(root, dataDir)}/`);
  }

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await embedded?.stop();
    process.exit(code);
  };

  if ((await run("npx", ["prisma", "migrate", "deploy"])) !== 0) {
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

  process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  // Next runs in its own process group so that stopping it also stops the server process it forks;
  // otherwise an orphaned server would hold the port, talking to a database that is gone.
  const nextBin = require.resolve("next/dist/bin/next");
  const next = spawn(process.execPath, [nextBin, mode, "--port", port], { cwd: root, stdio: "inherit", env: process.env, detached: true });
  const killNext = (signal: NodeJS.Signals) => {
    try {
      process.kill(-next.pid!, signal);
    } catch {
      // already gone
    }
  };
  process.on("exit", () => killNext("SIGKILL"));
  setTimeout(() => {
    console.log(`\nBalai is running at http://localhost:${port}`);
    printDemoSignIns();
    console.log("E-mails are written to .data/outbox/ and listed at /dev/mail. Press Ctrl-C to stop.\n");
  }, 1500);

  const stop = () => killNext("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch(async (e) => {
  console.error(e);
  process.exit(1);
});
