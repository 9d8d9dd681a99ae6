// Child process for tests/integration/embedded-db-durability.test.ts: starts the embedded PostgreSQL on a data
// folder exactly as `npm run dev` does (durable settings), then commits one row at a time and prints
// "committed N" after each COMMIT returns, until it is killed or told to stop (SIGTERM: a clean shutdown).
import pg from "pg";
import { startEmbeddedDb } from "../../scripts/embedded-db";

async function main() {
  const [dataDir, port] = process.argv.slice(2);
  const db = await startEmbeddedDb({ dataDir, port: Number(port) });
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query("CREATE TABLE IF NOT EXISTS durability (n integer PRIMARY KEY)");
  const { rows } = await client.query<{ max: number | null }>("SELECT max(n) AS max FROM durability");
  let n = rows[0].max ?? 0;
  let stopping = false;
  // Like `npm run dev`: the work in flight finishes, then the database is stopped.
  process.on("SIGTERM", () => (stopping = true));
  console.log(`ready ${n}`);
  while (!stopping) {
    n += 1;
    await client.query("BEGIN");
    await client.query("INSERT INTO durability (n) VALUES ($1)", [n]);
    await client.query("COMMIT");
    console.log(`committed ${n}`);
  }
  await client.end();
  await db.stop();
  console.log("stopped cleanly");
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
