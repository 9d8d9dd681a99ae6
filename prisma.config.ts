import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { DEFAULT_LOCAL_URL, poolConfigFromUrl } from "./lib/pg-config";

// Without a value here Prisma 6.19 cannot read the schema's env("DATABASE_URL") and falls back to downloading
// a native engine, which fails offline, so even `prisma generate` needs one (PRISMA-OFFLINE.md).
process.env.DATABASE_URL ??= DEFAULT_LOCAL_URL;

// The JS schema engine reads catalog columns of type `name` (oid 19), which adapter-pg 6.19 cannot map
// (github.com/prisma/prisma/issues/27403): report them to the adapter as text (oid 25).
type RowDescription = { fields: { dataTypeID: number }[] };
const query = pg.Query.prototype as unknown as { handleRowDescription(msg: RowDescription): void };
const original = query.handleRowDescription;
query.handleRowDescription = function (msg: RowDescription) {
  for (const field of msg.fields) if (field.dataTypeID === 19) field.dataTypeID = 25;
  return original.call(this, msg);
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg(poolConfigFromUrl(process.env.DATABASE_URL!)),
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
});
