// `npm test`: the whole suite (unit, integration on real PostgreSQL, browser journeys in Chromium), on a machine
// with nothing but Node.js. Without TEST_DATABASE_URL it starts one embedded PostgreSQL for the run (throw-away
// folder, a free port so parallel runs do not clash) and stops it at the end, also on failure or Ctrl-C. With
// TEST_DATABASE_URL it uses that server (and starts the machine's own PostgreSQL if that is the one and it is
// down). Installs Debian's Chromium if it is missing (as root).
import { execSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { startThrowawayDb, type EmbeddedDb } from "./embedded-db";

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
  });
}

async function ensureGivenPostgres(url: URL) {
  const port = Number(url.port || 5432);
  if (await canConnect(url.hostname, port)) return;
  if (!["127.0.0.1", "localhost"].includes(url.hostname) || !fs.existsSync("/etc/postgresql")) {
    throw new Error(`PostgreSQL is not reachable at ${url.host} (TEST_DATABASE_URL); start it, or unset TEST_DATABASE_URL to use an embedded one.`);
  }
  const version = fs.readdirSync("/etc/postgresql")[0];
  console.log(`Starting the local PostgreSQL ${version}…`);
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: "inherit" });
  for (let i = 0; i < 30 && !(await canConnect(url.hostname, port)); i++) await new Promise((r) => setTimeout(r, 500));
}

function ensureChromium() {
  const hasE2e = fs.existsSync("tests/e2e") && fs.readdirSync("tests/e2e").some((f) => f.endsWith(".test.ts"));
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!hasE2e || fs.existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${chromium}. Install Debian's package: sudo apt-get install -y chromium`);
  }
  console.log("Installing Debian's chromium for the browser tests…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
}

async function main() {
  let embedded: EmbeddedDb | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, CI: process.env.CI ?? "" };
  if (process.env.TEST_DATABASE_URL) {
    await ensureGivenPostgres(new URL(process.env.TEST_DATABASE_URL));
  } else {
    const started = Date.now();
    embedded = await startThrowawayDb("balai-test-pg-");
    env.TEST_DATABASE_URL = embedded.url;
    env.BALAI_EMBEDDED_TEST_SERVER = "1";
    console.log(`Embedded PostgreSQL for this run on 127.0.0.1:${embedded.port} (ready in ${Date.now() - started} ms)`);
  }
  const stopDb = async () => {
    const db = embedded;
    embedded = undefined;
    await db?.stop().catch((e) => console.error("Stopping the embedded PostgreSQL failed", e));
  };

  try {
    ensureChromium();
  } catch (e) {
    await stopDb();
    throw e;
  }
  // The JSON report gives one plain closing line ("N passed, N failed") that any CI can read.
  const report = `.data/test-report-${process.pid}.json`;
  fs.mkdirSync(".data", { recursive: true });
  const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
  const child = spawn("npx", args, { stdio: "inherit", env });
  // Ctrl-C reaches vitest through the terminal; a SIGTERM sent to this process alone is passed on. Either way
  // this process waits for vitest to finish its own teardown, then stops the database.
  const forward = (signal: NodeJS.Signals) => () => {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  };
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  const status = await new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  await stopDb();
  try {
    const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, "utf8"));
    fs.rmSync(report);
    console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ""}`);
  } catch {
    console.log("\nNo test report was written; see the output above.");
  }
  process.exit(status);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
