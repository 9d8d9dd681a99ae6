// No "server-only" here: the purge command (scripts/purge-sensitive-needs.ts) runs outside Next.js with its own client.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const DEFAULT_PURGE_DAYS = 30;

/**
 * Removes dietary and accessibility needs (which can reveal health or religion) from registrations of forums that
 * ended at least `days` days ago. A forum "ends" when its last day is over everywhere (so a day of slack is added
 * to the date column), which errs on the side of keeping needs until the event is truly over.
 */
export async function purgeSensitiveNeeds(
  prisma: Pick<PrismaClient, "registration">,
  opts: { days?: number; now?: Date } = {},
): Promise<{ purged: number; cutoff: Date }> {
  const days = opts.days ?? DEFAULT_PURGE_DAYS;
  if (!Number.isInteger(days) || days < 0) throw new RangeError("days must be a whole number of days, 0 or more");
  const now = opts.now ?? new Date();
  // endsOn is a date (midnight UTC); the forum's last day is over everywhere by endsOn + 2 days at 00:00 UTC.
  const cutoff = new Date(now.getTime() - (days + 2) * 86_400_000);
  const { count } = await prisma.registration.updateMany({
    where: {
      forum: { endsOn: { lte: cutoff } },
      OR: [{ dietaryNeeds: { not: null } }, { accessibilityNeeds: { not: null } }],
    },
    data: { dietaryNeeds: null, accessibilityNeeds: null, needsPurgedAt: now },
  });
  return { purged: count, cutoff };
}

/** Reads `--days N` (or `--days=N`) from a command line. */
export function parseDaysArgument(argv: string[]): number {
  const i = argv.findIndex((a) => a === "--days" || a.startsWith("--days="));
  if (i === -1) return DEFAULT_PURGE_DAYS;
  const raw = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  const days = Number(raw);
  if (!raw || !Number.isInteger(days) || days < 0) throw new RangeError(`--days needs a whole number of days, got "${raw ?? ""}"`);
  return days;
}
