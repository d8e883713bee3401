import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Data modules import "server-only", which throws outside React Server Components.
      "server-only": `${root}/tests/support/server-only-stub.ts`,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One migrated template for the run (tests/support/global-setup.ts); each file works in its
          // own copy (tests/support/database-per-file.ts), so files may run side by side.
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database-per-file.ts"],
          // The files mostly wait on PostgreSQL and the job queue's polling: three at a time overlap
          // those waits even on two cores. (A group of its own: the unit project keeps its default.)
          maxWorkers: Number(process.env.INTEGRATION_WORKERS ?? 3),
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
