// `npm run db:migrate`: applies the app's migrations (prisma migrate deploy) and installs or upgrades the mail
// queue's schema (graphile_worker). Safe to run on every deploy, before the new instances start.
import { spawn } from "node:child_process";
import path from "node:path";
import { migrateQueue } from "@/lib/mail/queue";

const root = path.resolve(__dirname, "..");

/** Applies both sets of migrations to the database at `url`; resolves to false if Prisma's failed. */
export async function migrateAll(url: string): Promise<boolean> {
  // Not spawnSync: callers may serve something from this process's event loop meanwhile.
  const code = await new Promise<number>((resolve) => {
    const child = spawn("npx", ["prisma", "migrate", "deploy"], { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) return false;
  await migrateQueue(url);
  return true;
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. (`npm run dev` migrates the embedded database by itself.)");
    process.exit(1);
  }
  migrateAll(url).then(
    (ok) => process.exit(ok ? 0 : 1),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
