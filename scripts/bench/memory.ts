// Resident memory of the server under test, read from /proc (Linux only). `next start` may fork helper
// processes, so the figure is the whole tree below the process we spawned, not only its first process.
import fs from "node:fs";

/** VmRSS of one process in bytes, or 0 when it is gone (or has no user memory, like a zombie). */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Parent pid of every live process, from /proc/<pid>/stat (the field after the parenthesised name). */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name may contain spaces and parentheses ("next-server (v16...)"), so split after the last ")".
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(rest[1]));
    } catch {
      // exited while we were looking
    }
  }
  return parents;
}

/** The root pid and all its descendants. */
export function processTree(root: number): number[] {
  const parents = parentsByPid();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

export type TreeRss = { bytes: number; processes: number };

/** Summed VmRSS of the tree. Shared pages are counted once per process, as `ps` would. */
export function treeRss(root: number): TreeRss {
  const pids = processTree(root);
  let bytes = 0;
  let processes = 0;
  for (const pid of pids) {
    const rss = rssOf(pid);
    if (rss > 0) processes++;
    bytes += rss;
  }
  return { bytes, processes };
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the highest value seen. */
export function startPeakSampler(root: number, intervalMs = 200): { stop(): number } {
  let peak = treeRss(root).bytes;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root).bytes);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, treeRss(root).bytes);
      return peak;
    },
  };
}

export const toMiB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** CPU time (user + system) used so far by the tree, in clock ticks (usually 1/100 s). */
function treeCpuTicks(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // utime and stime are fields 14 and 15 of stat; `rest` starts at field 3.
      ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      // exited
    }
  }
  return ticks;
}

/**
 * Waits until the server has gone quiet (under a tenth of a core over half a second), at most `maxMs`. When a
 * load run stops, the server is still working through the requests that were in flight; without this, that
 * work would be billed to the next scenario. Returns the milliseconds waited.
 */
export async function waitForQuiet(root: number, maxMs = 15_000): Promise<number> {
  const started = Date.now();
  const intervalMs = 500;
  let last = treeCpuTicks(root);
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, intervalMs));
    const now = treeCpuTicks(root);
    // 100 ticks per second is Linux's USER_HZ on every common platform.
    if (now - last < 0.1 * 100 * (intervalMs / 1000)) break;
    last = now;
  }
  return Date.now() - started;
}
