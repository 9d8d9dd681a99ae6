import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "@/lib/pg-config";

/** Builds a Prisma client for a PostgreSQL URL. The app uses the one in lib/db.ts; scripts and tests call this. */
export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  const config = poolConfigFromUrl(url);
  return new PrismaClient({
    adapter: new PrismaPg({ ...config, max: config.max ?? poolSize }),
    // Under a burst (registration opening, many approvals at once) transactions queue for a pooled connection;
    // Prisma's default 2 s wait would turn that queue into errors, so callers wait longer instead.
    transactionOptions: { maxWait: 15_000, timeout: 30_000 },
  });
}

export type { PrismaClient };
