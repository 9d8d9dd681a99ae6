// npm run db:backup -- [file]   (default backups/balai-<UTC time>.dump)
// Backs up DATABASE_URL, or the embedded database (running `npm run dev` or `npm run demo`) when it is unset.
import { backupDatabase } from "@/lib/backup/pg-tools";
import { embeddedDatabaseUrl } from "./embedded-db";

const file = process.argv[2] || `backups/balai-${new Date().toISOString().replace(/[:.]/g, "-")}.dump`;
backupDatabase(process.env.DATABASE_URL || embeddedDatabaseUrl(), file)
  .then(() => console.log(`Backed up to ${file}. Keep it somewhere safe: it holds personal data.`))
  .catch((e) => {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  });
