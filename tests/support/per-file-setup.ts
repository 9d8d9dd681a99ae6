import { randomBytes } from "node:crypto";
import { afterAll, inject, vi } from "vitest";
import { createDatabase, urlForDatabase } from "./pg-admin";
import { testAuth } from "./auth";
import { testRequest } from "./request";

// A fresh database for this test file, copied from the migrated template.
process.env.TEST_DATABASE_URL = inject("testDatabaseUrl");
const name = `${inject("databasePrefix")}_${randomBytes(4).toString("hex")}`;
await createDatabase(name, inject("templateDatabase"));
process.env.DATABASE_URL = urlForDatabase(name);
process.env.MAIL_TRANSPORT = "outbox";
process.env.MAIL_OUTBOX_DIR = `${process.cwd()}/.data/test-outbox/${name}`;
process.env.BALAI_TEST_DATABASE = name;

// Server actions read the signed-in user and the request through these modules; tests set both directly.
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => testAuth.user,
}));
vi.mock("next/headers", () => ({
  headers: async () => testRequest.current(),
  cookies: async () => testRequest.cookies,
}));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache: <T>(fn: T) => fn,
}));

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
});
