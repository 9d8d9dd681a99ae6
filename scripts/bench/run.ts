// `npm run bench`: speed and memory of Balai's hot paths on a production build, with one command.
// Fresh database with the demo seed and a realistic load -> `next build` into .next-bench -> `next start` on
// 127.0.0.1:3300 -> one autocannon run per scenario, sampling the server's RSS -> table + JSON in .data/bench/.
// See docs/benchmarks.md for how to read the numbers.
import { execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/prisma-client";
import { seed } from "@/prisma/seed";
import { DEFAULT_LOCAL_URL } from "@/lib/pg-config";
import { migrateQueue } from "@/lib/mail/queue";
import { createDatabase, dropDatabase, urlForDatabase } from "../../tests/support/pg-admin";
import { DEFAULT_VOLUMES, loadBenchData, type LoadSummary } from "./load";
import { startPeakSampler, toMiB, treeRss, waitForQuiet } from "./memory";
import { scenarios, type Scenario } from "./scenarios";
import { build, buildExists, killGroup, portInUse, root, runLogged, signIn, startServer, tail, waitForHealth } from "./server";

// The benchmark measures against the machine's PostgreSQL unless told otherwise.
process.env.TEST_DATABASE_URL ||= DEFAULT_LOCAL_URL;

const PORT = 3300;
const HOST = "127.0.0.1";
const BASE_URL = `http://${HOST}:${PORT}`;
const DIST_DIR = ".next-bench";
const ORGANISER = { email: "organiser@balai.test", password: "balai-demo-2026" };

type Options = { duration: number; connections: number; warmup: number; skipBuild: boolean; only: string[] | null };

const USAGE = `Usage: tsx scripts/bench/run.ts [--duration 10] [--connections 20] [--warmup 5] [--skip-build] [--only home,session]

  --duration N      seconds of measured load per scenario (1-60, default 10)
  --connections N   concurrent connections (1-200, default 20)
  --warmup N        requests sent one at a time before each scenario's load (1-50, default 5)
  --skip-build      reuse the build in ${DIST_DIR}/ when there is one
  --only a,b        run only these scenarios`;

function parseArgs(argv: string[]): Options {
  const opts: Options = { duration: 10, connections: 20, warmup: 5, skipBuild: false, only: null };
  const int = (flag: string, value: string | undefined, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} takes a whole number from ${min} to ${max}.\n\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--duration":
        opts.duration = int(flag, value(), 1, 60);
        break;
      case "--connections":
        opts.connections = int(flag, value(), 1, 200);
        break;
      case "--warmup":
        opts.warmup = int(flag, value(), 1, 50);
        break;
      case "--skip-build":
        opts.skipBuild = true;
        break;
      case "--only":
        opts.only = (value() ?? "").split(",").map((s) => s.trim()).filter(Boolean);
        break;
      case "--help":
      case "-h":
        console.log(USAGE);
        return process.exit(0);
      default:
        throw new Error(`Unknown option ${argv[i]}.\n\n${USAGE}`);
    }
  }
  return opts;
}

type ScenarioResult = {
  name: string;
  description: string;
  path: string;
  ok: boolean;
  failure: string | null;
  /** Median latency of the warm-up requests after the first, sent one at a time: the page's cost alone. */
  soloMs: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; average: number; max: number };
  throughputBytesPerSecond: number;
  /** Average bytes per response, headers included: the one figure here that load on the machine cannot move. */
  bytesPerResponse: number;
  statusCodes: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  memoryMiB: { before: number; peak: number; after: number; processes: number };
};

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

/** One request at a time, checked like the load's requests; returns each one's latency in ms. */
async function warmUp(s: Scenario, headers: Record<string, string>, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    const res = await fetch(BASE_URL + s.path, { headers, redirect: "manual", signal: AbortSignal.timeout(30_000) });
    const body = await res.text();
    times.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`GET ${s.path} answered ${res.status}${res.headers.get("location") ? ` -> ${res.headers.get("location")}` : ""}`);
    if (!body.includes(s.expect)) throw new Error(`GET ${s.path} answered 200 without "${s.expect}" in its body`);
  }
  return times;
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function runScenario(s: Scenario, opts: Options, serverPid: number, cookie: string): Promise<ScenarioResult> {
  const headers: Record<string, string> = s.organiser ? { cookie } : {};
  const before = treeRss(serverPid);
  const peak = startPeakSampler(serverPid);
  let failure: string | null = null;
  let solo: number[] = [];
  try {
    solo = await warmUp(s, headers, opts.warmup);
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e);
  }
  const r = failure
    ? null
    : await autocannon({
        url: BASE_URL + s.path,
        title: s.name,
        connections: opts.connections,
        duration: opts.duration,
        headers,
        timeout: 30,
        verifyBody: (body) => body.includes(s.expect),
      });
  const peakBytes = peak.stop();
  const after = treeRss(serverPid);
  // Requests still in flight when the run stopped keep the server busy; let it finish before the next scenario.
  await waitForQuiet(serverPid);
  const statusCodes = Object.fromEntries(Object.entries(r?.statusCodeStats ?? {}).map(([code, v]) => [code, v.count]));
  if (r && !failure) {
    const problems = [
      r.non2xx ? `${r.non2xx} non-2xx responses (${Object.entries(statusCodes).map(([c, n]) => `${c}: ${n}`).join(", ")})` : "",
      r.errors ? `${r.errors} connection errors` : "",
      r.timeouts ? `${r.timeouts} timeouts` : "",
      r.mismatches ? `${r.mismatches} bodies without "${s.expect}"` : "",
      r.requests.total === 0 ? "no completed requests" : "",
    ].filter(Boolean);
    if (problems.length) failure = problems.join("; ");
  }
  return {
    name: s.name,
    description: s.description,
    path: s.path,
    ok: !failure,
    failure,
    soloMs: round(median(solo.length > 1 ? solo.slice(1) : solo)),
    requests: r?.requests.total ?? 0,
    requestsPerSecond: round(r?.requests.average ?? 0),
    latencyMs: {
      p50: r?.latency.p50 ?? 0,
      p97_5: r?.latency.p97_5 ?? 0,
      p99: r?.latency.p99 ?? 0,
      average: round(r?.latency.average ?? 0),
      max: r?.latency.max ?? 0,
    },
    throughputBytesPerSecond: Math.round(r?.throughput.average ?? 0),
    bytesPerResponse: r && r.requests.total ? Math.round(r.throughput.total / r.requests.total) : 0,
    statusCodes,
    non2xx: r?.non2xx ?? 0,
    errors: r?.errors ?? 0,
    timeouts: r?.timeouts ?? 0,
    mismatches: r?.mismatches ?? 0,
    memoryMiB: { before: toMiB(before.bytes), peak: toMiB(peakBytes), after: toMiB(after.bytes), processes: after.processes },
  };
}

function table(results: ScenarioResult[]): string {
  const head = ["scenario", "solo ms", "requests", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "KiB/resp", "non-2xx", "RSS before", "RSS peak", "RSS after", "result"];
  const rows = results.map((r) => [
    r.name,
    r.soloMs.toFixed(0),
    String(r.requests),
    r.requestsPerSecond.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p97_5),
    String(r.latencyMs.p99),
    (r.bytesPerResponse / 1024).toFixed(1),
    String(r.non2xx),
    `${r.memoryMiB.before.toFixed(1)} MiB`,
    `${r.memoryMiB.peak.toFixed(1)} MiB`,
    `${r.memoryMiB.after.toFixed(1)} MiB`,
    r.ok ? "ok" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (process.platform !== "linux") throw new Error("The benchmark reads server memory from /proc and runs on Linux only.");
  if (await portInUse(PORT)) throw new Error(`Port ${PORT} is already in use; stop whatever listens there and rerun.`);

  const started = new Date();
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  const outDir = path.join(root, ".data", "bench");
  fs.mkdirSync(outDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "balai-bench-"));
  const outboxDir = path.join(work, "outbox");
  fs.mkdirSync(outboxDir);
  const buildLog = path.join(outDir, `${stamp}.build.log`);
  const serverLog = path.join(outDir, `${stamp}.server.log`);
  const database = `balai_bench_${process.pid}_${Date.now().toString(36)}`;
  const databaseUrl = urlForDatabase(database);

  let server: ChildProcess | undefined;
  let databaseCreated = false;
  // One teardown however many times it is asked for: npx and tsx pass on Ctrl-C and then send their own
  // SIGTERM, and exiting on that second signal would leave the database behind.
  let tearingDown: Promise<void> | undefined;
  const teardown = () =>
    (tearingDown ??= (async () => {
      await killGroup(server);
      if (databaseCreated) await dropDatabase(database).catch((e) => console.error(`[bench] could not drop ${database}: ${e}`));
      fs.rmSync(work, { recursive: true, force: true });
    })());
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (!tearingDown) console.error(`\n[bench] ${signal}: stopping the server and dropping the database…`);
      void teardown().finally(() => process.exit(130));
    });
  }

  try {
    const log = (msg: string) => console.log(`[bench] ${msg}`);
    const phase = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
      const t = Date.now();
      const value = await fn();
      log(`${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
      return value;
    };

    await phase(`created database ${database}`, async () => {
      await createDatabase(database);
      databaseCreated = true;
    });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "balai-bench-secret-not-for-production-0123456789",
      NEXTAUTH_URL: BASE_URL,
      APP_URL: BASE_URL,
      MAIL_TRANSPORT: "outbox",
      MAIL_OUTBOX_DIR: outboxDir,
      SMTP_URL: "",
    };
    await phase("applied migrations", async () => {
      const code = await runLogged("npx", ["prisma", "migrate", "deploy"], env, buildLog);
      if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${tail(buildLog)}`);
      await migrateQueue(databaseUrl);
    });

    let load!: LoadSummary;
    const prisma = createPrismaClient(databaseUrl, 4);
    try {
      await phase("seeded demo data", () => seed(prisma));
      load = await phase("published the gabf-2027-bali agenda and added the load", () => loadBenchData(prisma, DEFAULT_VOLUMES));
    } finally {
      await prisma.$disconnect();
    }
    log(
      `data: ${load.sessionsInForum} sessions, ${load.registrations} registrations in ${load.organisations} organisations, ` +
        `${load.bookmarks} bookmarks, ${load.registrationInterests} sessions of interest`,
    );

    let built = "reused";
    if (opts.skipBuild && buildExists(DIST_DIR)) {
      log(`reusing the build in ${DIST_DIR}/ (--skip-build)`);
    } else {
      if (opts.skipBuild) log(`--skip-build given but ${DIST_DIR}/ holds no build; building`);
      log(`next build into ${DIST_DIR}/ (a few minutes; log in ${path.relative(root, buildLog)})`);
      await phase("built", () => build(env, DIST_DIR, buildLog));
      built = "fresh";
    }

    server = startServer(env, PORT, serverLog);
    await phase(`next start answered /api/health on ${BASE_URL}`, () => waitForHealth(server!, BASE_URL, serverLog));
    const serverPid = server.pid!;
    const idle = treeRss(serverPid);
    log(`server RSS at start: ${toMiB(idle.bytes)} MiB in ${idle.processes} process(es)`);

    const cookie = await signIn(BASE_URL, ORGANISER.email, ORGANISER.password);
    const all = scenarios({ forumId: load.forumId });
    const unknown = (opts.only ?? []).filter((n) => !all.some((s) => s.name === n));
    if (unknown.length) throw new Error(`Unknown scenario(s): ${unknown.join(", ")}. Known: ${all.map((s) => s.name).join(", ")}`);
    const chosen = opts.only ? all.filter((s) => opts.only!.includes(s.name)) : all;

    const loadAvgStart = os.loadavg();
    const results: ScenarioResult[] = [];
    for (const s of chosen) {
      log(`${s.name}: ${opts.warmup} warm-up request(s), then ${opts.duration} s at ${opts.connections} connections, GET ${s.path}`);
      const r = await runScenario(s, opts, serverPid, cookie);
      results.push(r);
      log(`  ${r.ok ? "ok" : "FAIL"}: alone ${r.soloMs} ms; loaded ${r.requestsPerSecond} req/s, p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, peak RSS ${r.memoryMiB.peak} MiB${r.failure ? ` (${r.failure})` : ""}`);
    }
    const loadAvgEnd = os.loadavg();

    const serverErrors = fs
      .readFileSync(serverLog, "utf8")
      .split("\n")
      .filter((l) => /⨯|\bError\b|unhandled/i.test(l));

    const report = {
      startedAt: started.toISOString(),
      finishedAt: new Date().toISOString(),
      commit: git(["rev-parse", "HEAD"]),
      dirtyWorkingTree: git(["status", "--porcelain", "--untracked-files=no"]) !== "",
      options: { ...opts, port: PORT, distDir: DIST_DIR, build: built },
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? "",
        totalMemoryMiB: toMiB(os.totalmem()),
        node: process.version,
        platform: `${os.type()} ${os.release()}`,
        loadAverageBefore: loadAvgStart.map((n) => round(n, 2)),
        loadAverageAfter: loadAvgEnd.map((n) => round(n, 2)),
      },
      data: load,
      serverIdleRssMiB: toMiB(idle.bytes),
      serverErrorLines: serverErrors.length,
      scenarios: results,
    };
    const jsonFile = path.join(outDir, `${stamp}.json`);
    fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + "\n");

    console.log(`\nBalai benchmark, ${started.toISOString()}, commit ${report.commit.slice(0, 10)}${report.dirtyWorkingTree ? " (with uncommitted changes)" : ""}`);
    console.log(`${opts.connections} connections, ${opts.duration} s per scenario after ${opts.warmup} warm-up request(s); ${report.machine.cpus} CPUs; load average ${loadAvgStart.map((n) => n.toFixed(2)).join(" ")} at start\n`);
    console.log(table(results));
    console.log(`\nsolo: median latency of one request at a time (warm). RSS: resident memory of the next start process tree. Results: ${path.relative(root, jsonFile)}; server log: ${path.relative(root, serverLog)}`);
    if (serverErrors.length) console.log(`The server logged ${serverErrors.length} error line(s); see the server log.`);
    const failed = results.filter((r) => !r.ok);
    for (const f of failed) console.log(`FAIL ${f.name}: ${f.failure}`);
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    await teardown();
  }
}

main().catch((e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
