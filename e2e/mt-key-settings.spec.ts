import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";

// The server runs without DEEPL_AUTH_KEY (playwright.mt-key.config.ts); the local DeepL server accepts
// "e2e-deepl-key" (scripts/e2e-server.mjs).
test("without a key MT is quietly off; an admin stores the DeepL key, tests the connection, and MT is on", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  await translator.goto("/articles");
  await translator.locator("table a").first().click();
  const mt = translator.getByTestId("mt-run");
  await expect(mt.getByRole("button", { name: "Machine translate" })).toBeDisabled();
  await expect(mt).toContainText("MT is not set up — ask an admin");
  await expect(mt).not.toContainText("DEEPL_AUTH_KEY");

  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/settings");
  const box = admin.getByTestId("deepl-key");
  await expect(box).toContainText("No key is stored");
  await admin.getByLabel("DeepL API key").fill("not-the-right-key");
  await admin.getByRole("button", { name: "Store key" }).click();
  await expect(box).toContainText("A key is stored, set by Alex Admin");
  await admin.getByRole("button", { name: "Test connection" }).click();
  await expect(box.locator(".error-message")).toContainText("DeepL rejected this API key");

  await admin.getByLabel("DeepL API key").fill("e2e-deepl-key");
  await admin.getByRole("button", { name: "Replace key" }).click();
  await expect(box.getByText("Key stored.")).toBeVisible();
  // The key never comes back to the browser: not in the field, not in the page.
  await admin.reload();
  await expect(admin.getByLabel("DeepL API key")).toHaveValue("");
  expect(await admin.content()).not.toContain("e2e-deepl-key");
  await admin.getByRole("button", { name: "Test connection" }).click();
  await expect(admin.getByTestId("deepl-test-ok")).toContainText("Connected to DeepL");
  await shot(admin, "mt-settings");

  await translator.reload();
  await expect(translator.getByTestId("mt-run").getByRole("button", { name: "Machine translate" })).toBeEnabled();
});
