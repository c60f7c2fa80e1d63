import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "./e2e",
  // Needs a server without DEEPL_AUTH_KEY: run by playwright.mt-key.config.ts.
  testIgnore: ["**/mt-key-*.spec.ts"],
  outputDir: "./test-results",
  workers: 1, // 2-core machine: one browser + one next-server
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: ".reports/playwright.json" }]],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium (apt-get install -y chromium); `npx playwright install` cannot download here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // A fresh database with the demo newsroom for every run, then the built app.
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
  },
});
