import { afterAll, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

let client: PrismaClient | undefined;

/**
 * The e2e server's database, for looking up ids a journey needs and for asserting what was stored after the
 * browser did something. Journeys act only through the browser.
 */
export function e2eDb(): PrismaClient {
  client ??= createPrismaClient(inject("e2eDatabaseUrl"), 2);
  return client;
}

afterAll(async () => {
  await client?.$disconnect();
});
