import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; in tests the whole process is the server.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // Groups run in order (unit, integration, browser), each with its own worker count.
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          // Backups use the machine's pg_dump/pg_restore, which must be at least the server's version: Debian's
          // client tools are PostgreSQL 15, the embedded server 18. So the backup test runs against PostgreSQL 15,
          // in .ci/run's second pass (TEST_DATABASE_URL), not against the embedded server of \`npm test\`.
          exclude: process.env.BALAI_EMBEDDED_TEST_SERVER ? ["tests/integration/backup-restore.test.ts"] : [],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/per-file-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file has its own database; two workers keep this 2-core machine responsive.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          sequence: { groupOrder: 2 },
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          // One production server (next build + next start on a fresh database) for all browser journeys.
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
