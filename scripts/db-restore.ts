// npm run db:restore -- <file>
// Restores a backup made by db:backup into DATABASE_URL (or the embedded database when it is unset), creating the
// database if it is missing and replacing what it holds. Stop the app first.
import { restoreDatabase } from "@/lib/backup/pg-tools";
import { embeddedDatabaseUrl } from "./embedded-db";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
restoreDatabase(process.env.DATABASE_URL || embeddedDatabaseUrl(), file)
  .then(() => console.log(`Restored ${file}.`))
  .catch((e) => {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  });
