import { defineConfig } from "vitest/config";
import path from "node:path";

// The integration tests again, against PostgreSQL (the production database for multi-instance
// deployments): same services, same assertions, the client generated from prisma/postgres/schema.prisma.
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only.ts"),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/setup/postgres-global-setup.ts"],
    setupFiles: ["tests/setup/postgres-database.ts"],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
