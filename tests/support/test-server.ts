import fs from "node:fs";
import { startThrowawayDb, type EmbeddedDb } from "../../scripts/embedded-db";

// Shared by the integration and browser set-ups, which run in the same vitest process: one server per run.
const state = globalThis as unknown as { balaiTestServer?: { db: Promise<EmbeddedDb>; users: number } };

export type TestServer = { url: string; release: () => Promise<void> };

/**
 * The PostgreSQL server the tests create their databases on: TEST_DATABASE_URL when set (`npm test` sets it to
 * the embedded server it starts for the run), otherwise an embedded one started here, for a direct
 * `npx vitest run`, and stopped when the last set-up that asked for it is torn down.
 */
export async function acquireTestServer(): Promise<TestServer> {
  if (!state.balaiTestServer && process.env.TEST_DATABASE_URL) {
    return { url: process.env.TEST_DATABASE_URL, release: async () => {} };
  }
  if (!state.balaiTestServer) {
    const db = startThrowawayDb("balai-test-pg-");
    state.balaiTestServer = { db, users: 0 };
    const started = await db;
    console.log(`[tests] embedded PostgreSQL for this run on 127.0.0.1:${started.port}`);
    // If vitest exits without its teardown, still shut the server down and remove its folder.
    process.once("exit", () => {
      void started.stop();
      fs.rmSync(started.dataDir, { recursive: true, force: true });
    });
  }
  const entry = state.balaiTestServer;
  entry.users += 1;
  const db = await entry.db;
  let released = false;
  return {
    url: db.url,
    async release() {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users === 0 && state.balaiTestServer === entry) {
        state.balaiTestServer = undefined;
        if (process.env.TEST_DATABASE_URL === db.url) delete process.env.TEST_DATABASE_URL;
        await db.stop();
      }
    },
  };
}
