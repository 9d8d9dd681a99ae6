import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateQueue } from "@/lib/mail/queue";

/** The server the tests use: TEST_DATABASE_URL (the run's embedded server unless told otherwise). */
export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: the global set-up sets it (tests/support/test-server.ts).");
  return url;
}

export function urlForDatabase(name: string): string {
  const u = new URL(adminUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>, url = adminUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Applies every migration's SQL in order (the files `prisma migrate deploy` applies), then the mail queue's schema. */
export async function applyMigrationSql(url: string): Promise<void> {
  const dir = path.resolve(__dirname, "../../prisma/migrations");
  const names = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "migration.sql"))).sort();
  await withAdmin(async (client) => {
    for (const name of names) await client.query(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
  }, url);
  await migrateQueue(url);
}

export async function createDatabase(name: string, template?: string): Promise<void> {
  // Concurrent CREATE DATABASE ... TEMPLATE can briefly find the template busy; retry a few times.
  for (let attempt = 0; ; attempt++) {
    try {
      await withAdmin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
      return;
    } catch (e) {
      if (attempt >= 10 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
