// `npm test`: the whole suite (unit, integration on real PostgreSQL, browser journeys in Chromium).
// Starts the local PostgreSQL if it is down and installs Debian's Chromium if it is missing (as root),
// so the command works on a fresh machine of this kind.
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

const pgUrl = new URL(process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port) }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
    socket.setTimeout(2000, () => (socket.destroy(), resolve(false)));
  });
}

async function ensurePostgres() {
  if (await canConnect(pgUrl.hostname, pgUrl.port || 5432)) return;
  if (!["127.0.0.1", "localhost"].includes(pgUrl.hostname) || !fs.existsSync("/etc/postgresql")) {
    throw new Error(`PostgreSQL is not reachable at ${pgUrl.host}; start it or set TEST_DATABASE_URL.`);
  }
  const version = fs.readdirSync("/etc/postgresql")[0];
  console.log(`Starting the local PostgreSQL ${version}…`);
  execSync(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`, { stdio: "inherit" });
  for (let i = 0; i < 30 && !(await canConnect(pgUrl.hostname, pgUrl.port || 5432)); i++) {
    await new Promise((r) => setTimeout(r, 500));
  }
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

await ensurePostgres();
ensureChromium();
// The JSON report gives one plain closing line ("N passed, N failed") that any CI can read.
const report = `.data/test-report-${process.pid}.json`;
fs.mkdirSync(".data", { recursive: true });
const args = ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync("npx", args, { stdio: "inherit", env: { ...process.env, CI: process.env.CI ?? "" } });
try {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(report, "utf8"));
  fs.rmSync(report);
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ""}`);
} catch {
  console.log("\nNo test report was written; see the output above.");
}
process.exit(result.status ?? 1);
