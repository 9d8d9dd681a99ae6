// The embedded PostgreSQL for newcomers: PGlite (PostgreSQL in WebAssembly) served on loopback by
// pglite-socket, so Prisma and the app talk to it over a real PostgreSQL connection.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDb = { url: string; stop: () => Promise<void> };

export async function startEmbeddedDb(opts: { dataDir: string; port: number }): Promise<EmbeddedDb> {
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  const db = await PGlite.create(opts.dataDir);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: opts.port, maxConnections: 20 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${opts.port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // close() checkpoints and flushes to disk: committed data survives the next start.
      await db.close();
    },
  };
}
