import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// Renders the main pages as a newsroom user sees them and keeps the pictures (test-results/screens/)
// for a human look; also a smoke test that each page renders without a console error.
test("main pages render cleanly", async ({ browser }) => {
  const page = await pageAs(browser, "reviewer");
  const errors: string[] = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "test-results/screens/articles.png" });
  await page.getByRole("link", { name: /Syria/ }).click();
  await expect(page.getByRole("grid")).toBeVisible();
  await page.getByRole("button", { name: "Diff" }).nth(4).click();
  await expect(page.getByText("No changes to show", { exact: false })).toBeVisible();
  await page.waitForTimeout(300); // let the virtual list re-measure the taller row
  await page.screenshot({ path: "test-results/screens/editor.png" });
  await page.goto("/articles/import");
  await page.screenshot({ path: "test-results/screens/import.png" });
  const signedOut = await browser.newPage({ locale: "vi-VN" });
  await signedOut.goto("/sign-in");
  await signedOut.screenshot({ path: "test-results/screens/sign-in-vi.png" });
  expect(errors).toEqual([]);
});
