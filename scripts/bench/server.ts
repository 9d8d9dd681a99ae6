// Building, starting and stopping the production server the benchmark measures.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";

export const root = path.resolve(__dirname, "../..");

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

/** Runs a command to completion with its output in `logFile`; resolves with the exit code. */
export function runLogged(cmd: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const out = fs.openSync(logFile, "a");
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", out, out] });
    child.on("exit", (code) => (fs.closeSync(out), resolve(code ?? 1)));
    child.on("error", () => (fs.closeSync(out), resolve(1)));
  });
}

export function tail(file: string, lines = 40): string {
  if (!fs.existsSync(file)) return "(no log)";
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

export function buildExists(distDir: string): boolean {
  return fs.existsSync(path.join(root, distDir, "BUILD_ID"));
}

/**
 * `next build` into a private folder adds that folder's type paths to tsconfig.json (and rewrites next-env.d.ts),
 * which would leave a stray change in everyone's working tree. Undo exactly that, and nothing else: if the
 * file changed in any other way meanwhile (someone edited it), leave it alone and say so.
 */
async function withoutTsconfigSideEffects<T>(distDir: string, fn: () => Promise<T>): Promise<T> {
  const tsconfigPath = path.join(root, "tsconfig.json");
  const nextEnvPath = path.join(root, "next-env.d.ts");
  const read = (p: string) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : null);
  const tsconfigBefore = read(tsconfigPath);
  const nextEnvBefore = read(nextEnvPath);
  try {
    return await fn();
  } finally {
    const tsconfigAfter = read(tsconfigPath);
    if (tsconfigBefore !== null && tsconfigAfter !== null && tsconfigAfter !== tsconfigBefore) {
      try {
        const before = JSON.parse(tsconfigBefore);
        const after = JSON.parse(tsconfigAfter);
        if (Array.isArray(after.include)) after.include = after.include.filter((p: string) => !p.startsWith(`${distDir}/`));
        if (isDeepStrictEqual(before, after)) fs.writeFileSync(tsconfigPath, tsconfigBefore);
        else console.warn(`[bench] tsconfig.json changed during the build in more than ${distDir} paths; left as it is.`);
      } catch {
        console.warn("[bench] tsconfig.json is not plain JSON; left as the build wrote it.");
      }
    }
    const nextEnvAfter = read(nextEnvPath);
    if (nextEnvBefore !== null && nextEnvAfter !== nextEnvBefore && nextEnvAfter?.includes(distDir)) fs.writeFileSync(nextEnvPath, nextEnvBefore);
  }
}

export async function build(env: NodeJS.ProcessEnv, distDir: string, logFile: string): Promise<void> {
  const code = await withoutTsconfigSideEffects(distDir, () => runLogged("npx", ["next", "build"], env, logFile));
  if (code !== 0) throw new Error(`next build failed (exit ${code}). Last lines of ${logFile}:\n${tail(logFile)}`);
}

/** `next start` in its own process group, so stopping the group also stops anything it forked. */
export function startServer(env: NodeJS.ProcessEnv, port: number, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, "a");
  const nextBin = require.resolve("next/dist/bin/next", { paths: [root] });
  const child = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  child.on("exit", () => fs.closeSync(out));
  return child;
}

export async function waitForHealth(server: ChildProcess, baseUrl: string, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}. Server log:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`next start did not answer /api/health with 200 within ${timeoutMs / 1000} s. Server log:\n${tail(logFile)}`);
}

/** SIGTERM to the whole group, SIGKILL after 5 s. */
export function killGroup(child: ChildProcess | undefined): Promise<void> {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
    }, 5_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

/**
 * Signs in through next-auth's credentials callback, the way the sign-in form does, and returns the Cookie
 * header that carries the session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  };
  keep(csrfRes);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/manage`, json: "true" }),
  });
  keep(res);
  const session = jar.get("next-auth.session-token");
  if (!session) throw new Error(`Sign-in as ${email} gave no session cookie (status ${res.status}).`);
  return `next-auth.session-token=${session}`;
}
