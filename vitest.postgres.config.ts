import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The integration tests again, against PostgreSQL (the production database for multi-instance
// deployments): same services, same assertions, the client generated from prisma/postgres/schema.prisma.
export default defineConfig({
  resolve: base.resolve,
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
