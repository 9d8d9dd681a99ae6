// Removes dietary and accessibility needs from registrations a set number of days after their forum ended.
// Usage: npm run registrations:purge-needs -- [--days 30]   (run daily from cron or a scheduled job)
import { createPrismaClient } from "@/lib/prisma-client";
import { DEFAULT_LOCAL_URL } from "@/lib/pg-config";
import { parseDaysArgument, purgeSensitiveNeeds } from "@/lib/registrations/purge";

async function main() {
  const days = parseDaysArgument(process.argv.slice(2));
  const url = process.env.DATABASE_URL || DEFAULT_LOCAL_URL;
  const prisma = createPrismaClient(url, 2);
  try {
    const { purged, cutoff } = await purgeSensitiveNeeds(prisma, { days });
    console.log(`Removed sensitive needs from ${purged} registration(s) of forums that ended on or before ${cutoff.toISOString().slice(0, 10)} (${days} days ago or more).`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
