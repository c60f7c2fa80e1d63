import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

test("a wrong number is flagged on save and blocks approval until a reviewer overrides it with a reason", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  const url = await importArticle(translator, "Hà Nội đầu tư cho giao thông");
  // Source: "… kế hoạch đầu tư 40.000 tỷ đồng …" = 40 trillion; the translation says 4,000 billion.
  const lead = translator.getByRole("textbox", { name: "English translation of segment 2" });
  await lead.fill(
    "This morning (March 24), the Ho Chi Minh City People's Committee announced a plan to invest 4,000 billion VND in public transport.",
  );
  await lead.press("Control+Enter");
  const cell = translator.locator('[data-lang="en"]').filter({ has: lead });
  await expect(cell.locator(".issue.error").first()).toBeVisible();
  await expect(cell.locator(".issue.error mark").first()).toContainText("4,000");
  await translator.getByRole("button", { name: /^Has errors/ }).click();
  await expect(translator.getByRole("textbox", { name: "English translation of segment 2" })).toBeVisible();
  await expect(translator.getByRole("textbox", { name: "English translation of segment 1" })).toHaveCount(0);

  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto(url);
  const reviewed = reviewer
    .locator('[data-lang="en"]')
    .filter({ has: reviewer.getByRole("textbox", { name: "English translation of segment 2" }) });
  await reviewed.getByRole("button", { name: "Approve" }).click();
  await expect(reviewed.getByText(/blocking error/)).toBeVisible();
  await reviewed.getByRole("button", { name: "Approve anyway" }).click();
  await expect(reviewed.locator(".error-message")).toHaveText("Please say why you approve despite the errors.");
  await reviewed
    .getByLabel("Reason for approving despite the errors")
    .fill("Figure confirmed with the newsroom: 4,000 billion.");
  await reviewed.getByRole("button", { name: "Approve anyway" }).click();
  await expect(reviewed.locator(".badge").first()).toHaveText("Approved");
  await reviewed.getByRole("button", { name: "History" }).click();
  await expect(reviewed.getByText("Approved with override")).toBeVisible();
  await expect(reviewed.getByText("Figure confirmed with the newsroom: 4,000 billion.")).toBeVisible();
});
