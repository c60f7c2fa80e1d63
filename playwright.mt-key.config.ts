// The journeys that need a server without DEEPL_AUTH_KEY in its environment (the key is entered in the
// UI). Same settings as playwright.config.ts, another port and its own report.
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = Number(process.env.E2E_MT_KEY_PORT ?? 3120);

export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: ["**/mt-key-*.spec.ts"],
  // Its own folder: Playwright empties outputDir at the start, which would delete the main run's screenshots.
  outputDir: "./test-results/mt-key",
  reporter: [["list"], ["json", { outputFile: ".reports/playwright-mt-key.json" }]],
  use: { ...base.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: `E2E_DEEPL_FROM_UI=1 node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
