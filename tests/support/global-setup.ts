import type { TestProject } from "vitest/node";
import { applyMigrationSql, createDatabase, dropDatabase, urlForDatabase, withAdmin } from "./pg-admin";
import { acquireTestServer } from "./test-server";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    databasePrefix: string;
    testDatabaseUrl: string;
  }
}

/** Builds one migrated template database per run; each test file then copies it (fast, and fully isolated). */
export default async function setup(project: TestProject) {
  const server = await acquireTestServer();
  process.env.TEST_DATABASE_URL = server.url;
  project.provide("testDatabaseUrl", server.url);
  const prefix = `balai_t${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  await createDatabase(template);
  await applyMigrationSql(urlForDatabase(template));
  project.provide("templateDatabase", template);
  project.provide("databasePrefix", prefix);

  return async () => {
    const { rows } = await withAdmin((c) =>
      c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${prefix}%`]),
    );
    for (const { datname } of rows) await dropDatabase(datname);
    await server.release();
  };
}
