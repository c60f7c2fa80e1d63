import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// Renders the main pages as newsroom users see them and keeps the pictures (test-results/screens/)
// for a human look; also a smoke test that no page logs a console error.
test("main pages render cleanly", async ({ browser }) => {
  test.setTimeout(90_000); // twelve pages, each waited for until the network is idle (50 s once on a busy CI machine)
  const errors: string[] = [];
  const shoot = async (page: import("@playwright/test").Page, name: string) => {
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `test-results/screens/${name}.png` });
  };
  const page = await pageAs(browser, "reviewer");
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, "my-work");
  await page.goto("/articles");
  await shoot(page, "articles");
  await page.getByRole("link", { name: /Syria/ }).click();
  await expect(page.getByRole("grid")).toBeVisible();
  await page.getByRole("button", { name: "Diff" }).nth(4).click();
  await page.waitForTimeout(300); // let the virtual list re-measure the taller row
  await shoot(page, "editor");
  await page.getByRole("link", { name: "Publish & export" }).click();
  await expect(page.getByRole("heading", { name: "Publish and export" })).toBeVisible();
  await shoot(page, "publish");
  await page.goto("/effort");
  await shoot(page, "effort");
  await page.goto("/articles/import");
  await shoot(page, "import");

  const admin = await pageAs(browser, "admin", true); // the demo admin works in German
  admin.on("console", (m) => {
    if (m.type() === "error") errors.push(`${admin.url()}: ${m.text()}`);
  });
  await admin.setViewportSize({ width: 1440, height: 900 });
  for (const path of ["glossary", "settings", "usage", "tokens", "audit"]) {
    await admin.goto(`/admin/${path}`);
    await shoot(admin, `admin-${path}`);
  }
  const signedOut = await browser.newPage({ locale: "vi-VN" });
  await signedOut.goto("/sign-in");
  await shoot(signedOut, "sign-in-vi");
  expect(errors).toEqual([]);
});
