import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

// The Effort page sums stored effort for a period: a translation written from scratch says "no machine
// baseline" (not 0.000) and still counts its words; the period is a set of links. Screenshots at desktop
// and phone sizes (test-results/screens/), also of the publish confirmation and the MT costs.
test("effort for a period: text from scratch has no machine baseline, at desktop and phone sizes", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  const title = `Bài viết tay ${Date.now()}`;
  await importArticle(translator, title); // no German: the translator writes it from scratch
  const cell = translator.getByRole("textbox", { name: "German translation of segment 1" });
  await cell.fill("Ein von Hand geschriebener Titel");
  await cell.press("Control+Enter");
  await expect(translator.getByTestId("progress-de")).toContainText("1 translated");

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.setViewportSize({ width: 1440, height: 900 });
  await reviewer.goto("/effort");
  await expect(reviewer.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "page");
  const row = reviewer.getByRole("row").filter({ hasText: title });
  await expect(row.getByRole("cell").nth(1)).toContainText("no machine baseline");
  await expect(row.getByRole("cell").nth(1)).toContainText("5 words");
  await expect(reviewer.getByTestId("effort-total-de")).toContainText("words");
  await reviewer.screenshot({ path: "test-results/screens/effort-1440.png" });
  await reviewer.getByRole("link", { name: "7 days" }).click();
  await expect(reviewer).toHaveURL(/period=7/);
  await expect(reviewer.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "page");
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await reviewer.screenshot({ path: "test-results/screens/effort-390.png" });
});

test("the publish confirmation and the MT costs at desktop and phone sizes", async ({ browser }) => {
  const publisher = await pageAs(browser, "publisher");
  await publisher.goto("/articles");
  await publisher.getByRole("link", { name: /Syria/ }).first().click();
  await publisher.getByRole("link", { name: "Publish & export" }).click();
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await publisher.setViewportSize({ width, height });
    await publisher.getByRole("button", { name: "Publish German" }).click();
    await expect(publisher.getByRole("dialog", { name: "Publish German as version 1?" })).toBeVisible();
    await publisher.screenshot({ path: `test-results/screens/publish-confirm-${width}.png` });
    await publisher.keyboard.press("Escape");
    await expect(publisher.getByRole("dialog")).toBeHidden();
  }
  const admin = await pageAs(browser, "admin");
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await admin.setViewportSize({ width, height });
    await admin.goto("/admin/usage");
    await expect(admin.getByRole("heading", { name: "Machine translation costs" })).toBeVisible();
    await admin.screenshot({ path: `test-results/screens/mt-costs-${width}.png`, fullPage: true });
  }
});
