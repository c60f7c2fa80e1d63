import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { importPetrolArticle } from "./fixtures/petrol-article";
import { expectAccessible } from "./support/a11y";

// Issue 10, item 2: an error a reviewer approved over is shown on the publish page, and publishing asks the
// publisher to confirm that they read it (the server refuses without that confirmation).
test("a publisher sees an override on the publish page and confirms it before publishing", async ({ browser }) => {
  test.setTimeout(90_000);
  const translator = await pageAs(browser, "translator");
  const url = await importPetrolArticle(translator);

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  await reviewer.getByRole("button", { name: "Select all shown" }).click();
  await reviewer.getByRole("button", { name: "Approve 2 translations" }).click();
  await expect(reviewer.getByTestId("progress-de")).toContainText("2/3 approved");
  const lead = reviewer
    .locator('[data-lang="de"]')
    .filter({ has: reviewer.getByRole("textbox", { name: "German translation of segment 2" }) });
  await lead.getByRole("button", { name: "Approve" }).click();
  await lead.getByRole("button", { name: "Approve anyway" }).click();
  await lead.getByLabel("Reason for approving despite the errors").fill("Figure checked with the desk.");
  await lead.getByRole("button", { name: "Approve anyway" }).click();
  await expect(reviewer.getByTestId("progress-de")).toContainText("Fully approved");

  const publisher = await pageAs(browser, "publisher");
  await publisher.setViewportSize({ width: 1440, height: 900 });
  await publisher.goto(`${url}/publish`);
  await expect(publisher.getByTestId("publish-status-de")).toHaveText(
    "3/3 approved · no open errors · 1 override to confirm",
  );
  const overrides = publisher.getByTestId("overrides-de");
  await expect(overrides.getByRole("heading")).toHaveText("1 segment approved despite errors");
  await expect(overrides.locator(".issue.error mark").first()).toContainText("5.000");
  await expect(overrides.getByText("Figure checked with the desk.")).toBeVisible();
  await expect(overrides.getByText("Overridden by Jonas Weber")).toBeVisible();
  await publisher.screenshot({ path: "test-results/screens/publish-overrides-1440.png", fullPage: true });
  await expectAccessible(publisher, "publish page with overrides");

  await publisher.getByRole("button", { name: "Publish German" }).click();
  const dialog = publisher.getByRole("dialog", { name: "Publish German as version 1?" });
  const publish = dialog.getByRole("button", { name: "Publish version 1" });
  await expect(publish).toBeDisabled();
  await expectAccessible(publisher, "publish dialog with overrides");
  const read = dialog.getByRole("checkbox", { name: /I have read the 1 override/ });
  await read.check();
  await publisher.setViewportSize({ width: 390, height: 844 });
  await publisher.screenshot({ path: "test-results/screens/publish-overrides-dialog-390.png" });
  await publish.click();
  await expect(publisher.getByText("Published version 1.")).toBeVisible();
  await publisher.screenshot({ path: "test-results/screens/publish-overrides-390.png", fullPage: true });
});
