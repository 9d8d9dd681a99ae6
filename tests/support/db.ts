import { afterAll } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

/**
 * A Prisma client on this test file's own database, for arranging rows and asserting what the database holds.
 * Call inside tests or hooks (the per-file setup sets DATABASE_URL first).
 */
let client: ReturnType<typeof createPrismaClient> | undefined;
export function testDb() {
  client ??= createPrismaClient(process.env.DATABASE_URL!, 4);
  return client;
}

afterAll(async () => {
  await client?.$disconnect();
  client = undefined;
});
