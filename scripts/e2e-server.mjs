// The app as e2e tests see it: a throw-away SQLite database, migrated and seeded, then `next start`
// (the build comes from `npm run build`, which scripts/test.sh runs first).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";

const port = process.argv[2] ?? "3100";
fs.mkdirSync(".tmp", { recursive: true });
const dbFile = ".tmp/e2e.db";
for (const f of [dbFile, `${dbFile}-journal`, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
// The local DeepL-compatible server (tests/deepl-server) on the next port; specs inject faults through
// its /__control API (e2e/fixtures/deepl.ts). Retries are fast so a 429 test does not sleep for seconds.
const deeplPort = process.env.E2E_DEEPL_PORT ?? String(Number(port) + 1);
const deepl = spawn(
  process.execPath,
  ["node_modules/tsx/dist/cli.mjs", "tests/deepl-server/cli.ts", "--port", deeplPort, "--auth-key", "e2e-deepl-key"],
  { stdio: "inherit" },
);
const env = {
  ...process.env,
  DATABASE_URL: `file:./${dbFile}`,
  NEXT_TELEMETRY_DISABLED: "1",
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  DEEPL_AUTH_KEY: "e2e-deepl-key",
  DEEPL_SERVER_URL: `http://127.0.0.1:${deeplPort}`,
  DEEPL_RETRY_BASE_MS: "20",
  DEEPL_TIMEOUT_MS: "10000",
};
// playwright.mt-key.config.ts: no key in the environment, so the admin enters one in the UI (still
// pointing at the local DeepL server through DEEPL_SERVER_URL).
if (process.env.E2E_DEEPL_FROM_UI === "1") delete env.DEEPL_AUTH_KEY;
execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], { stdio: "inherit", env });
execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "prisma/seed.ts"], {
  stdio: "inherit",
  env,
});
const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.kill(signal);
    deepl.kill(signal);
  });
server.on("exit", (code) => {
  deepl.kill("SIGTERM");
  process.exit(code ?? 0);
});
