import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabase, dropDatabase, urlForDatabase, withAdmin } from "../support/pg-admin";

const run = promisify(execFile);
const name = `balai_migrate_${randomBytes(4).toString("hex")}`;

afterAll(() => dropDatabase(name));

describe("migrations", () => {
  it("apply to an empty database with `npm run db:migrate` (Prisma's and the mail queue's) and report it up to date", async () => {
    await createDatabase(name);
    const env = { ...process.env, DATABASE_URL: urlForDatabase(name) };
    const deploy = await run("npm", ["run", "db:migrate"], { env, timeout: 120_000 });
    expect(deploy.stdout).toMatch(/applied|All migrations have been successfully applied/i);
    // The queue's SQL API that mutations call inside their transactions.
    const fn = await withAdmin((c) => c.query("SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'graphile_worker' AND p.proname = 'add_job'"), urlForDatabase(name));
    expect(fn.rowCount).toBe(1);

    const tables = await withAdmin(
      (c) => c.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"),
      urlForDatabase(name),
    );
    const names = tables.rows.map((r) => r.table_name);
    for (const t of ["Forum", "Room", "Track", "ForumSession", "Presenter", "SessionPresenter", "MemberState", "User", "Organisation", "Registration", "AgendaBookmark", "WriteUp", "AuditEvent", "MailMessage"]) {
      expect(names).toContain(t);
    }
    // Sign-in is JWT credentials: the next-auth adapter's tables were dropped (issue 11).
    for (const t of ["Account", "Session", "VerificationToken"]) expect(names).not.toContain(t);

    const status = await run("npx", ["prisma", "migrate", "status"], { env, timeout: 120_000 });
    expect(status.stdout).toMatch(/Database schema is up to date/);
  });
});
