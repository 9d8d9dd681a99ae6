import { UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
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

/**
 * Publishes the seed's 2027 agenda (a draft in the seed) as an organiser would. Journey 1 does this through the
 * console for a forum of its own; journeys that only read an agenda arrange it here. Safe to call twice.
 */
export async function publishSeedAgenda(slug = UPCOMING_FORUM_SLUG): Promise<void> {
  const db = e2eDb();
  const forum = await db.forum.findUniqueOrThrow({ where: { slug } });
  await db.$transaction([
    db.forumSession.updateMany({ where: { forumId: forum.id, status: "draft" }, data: { status: "published" } }),
    db.forum.update({ where: { id: forum.id }, data: { agendaPublishedAt: forum.agendaPublishedAt ?? new Date() } }),
  ]);
}
