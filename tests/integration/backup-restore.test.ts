import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, urlForDatabase, withAdmin } from "../support/pg-admin";
import { createPrismaClient } from "@/lib/prisma-client";

const ROOT = path.resolve(__dirname, "../..");

// The documented commands, run as an operator would: back up, lose the database, restore, read back.
describe("backup and restore", () => {
  it("npm run db:backup and db:restore bring a dropped database back with its rows", async () => {
    const name = `${process.env.BALAI_TEST_DATABASE}_restore`;
    const url = urlForDatabase(name);
    await createDatabase(name, process.env.BALAI_TEST_DATABASE);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "balai-backup-")), "balai.dump");
    try {
      const prisma = createPrismaClient(url, 1);
      try {
        await prisma.memberState.create({ data: { name: "Restoria", isoCode: "RST", kind: "state", status: "observer" } });
        await prisma.rateLimiterFlexible.create({ data: { key: "restore-check", points: 3 } });
      } finally {
        await prisma.$disconnect();
      }
      const env = { ...process.env, DATABASE_URL: url };
      execFileSync("npm", ["run", "--silent", "db:backup", "--", file], { cwd: ROOT, env, stdio: "pipe" });
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
      // Personal data: the file is for its owner only.
      expect(fs.statSync(file).mode & 0o077).toBe(0);

      await dropDatabase(name);
      expect(await withAdmin((c) => c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).then((r) => r.rowCount)).toBe(0);

      execFileSync("npm", ["run", "--silent", "db:restore", "--", file], { cwd: ROOT, env, stdio: "pipe" });
      const back = createPrismaClient(url, 1);
      try {
        expect(await back.memberState.findUnique({ where: { name: "Restoria" } })).toMatchObject({ isoCode: "RST", status: "observer" });
        // The schema came back whole: migrations' CHECK constraints included.
        const checks = await back.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'c' AND conname = 'Registration_waitlist_check'`);
        expect(checks[0].n).toBe(1);
        expect(await back.rateLimiterFlexible.count({ where: { key: "restore-check" } })).toBe(1);
      } finally {
        await back.$disconnect();
      }
      // Restoring over a database that still exists replaces its content rather than failing.
      execFileSync("npm", ["run", "--silent", "db:restore", "--", file], { cwd: ROOT, env, stdio: "pipe" });
    } finally {
      await dropDatabase(name);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }, 120_000);
});
