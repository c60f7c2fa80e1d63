import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

test("only a real change of text changes a segment's state: panels and Ctrl+S leave a confirmed text confirmed", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  await importArticle(translator, "Bài viết để thử trạng thái");
  const target = translator.getByRole("textbox", { name: "English translation of segment 1" });
  await target.fill("An article to try states");
  await target.press("Control+Enter");
  const cell = translator.locator('[data-lang="en"]').first();
  const badge = cell.locator(".badge").first();
  await expect(badge).toHaveText("Translated");

  // Back in the cell, then to each panel: the blur must not save anything.
  for (const panel of ["Diff", "History", "Comments"]) {
    await target.click();
    await cell.getByRole("button", { name: panel }).click();
    await expect(badge).toHaveText("Translated");
  }
  await target.click();
  await target.press("Control+s");
  await expect(badge).toHaveText("Translated");
  await translator.reload();
  await expect(translator.locator('[data-lang="en"]').first().locator(".badge").first()).toHaveText("Translated");

  // Written from scratch: the diff does not pretend there is a machine text it equals.
  await translator.locator('[data-lang="en"]').first().getByRole("button", { name: "Diff" }).click();
  await expect(translator.getByText("Nothing to compare: this text was written from scratch")).toBeVisible();
});

test("an earlier text is restored from the History panel as a new draft revision", async ({ browser }) => {
  const translator = await pageAs(browser, "translator");
  await importArticle(translator, "Bài viết để khôi phục");
  const target = translator.getByRole("textbox", { name: "English translation of segment 1" });
  await target.fill("An article to restore");
  await target.press("Control+Enter");
  const cell = translator.locator('[data-lang="en"]').first();
  await expect(cell.locator(".badge").first()).toHaveText("Translated");
  await target.fill("A worse headline");
  await target.press("Control+s");
  await expect(cell.locator(".badge").first()).toHaveText("Draft");

  await cell.getByRole("button", { name: "History" }).click();
  await cell.getByRole("button", { name: "Restore this version (v2)" }).click();
  await expect(target).toHaveValue("An article to restore");
  await expect(cell.locator(".badge").first()).toHaveText("Draft");
  await translator.reload();
  const again = translator.locator('[data-lang="en"]').first();
  await expect(translator.getByRole("textbox", { name: "English translation of segment 1" })).toHaveValue(
    "An article to restore",
  );
  await again.getByRole("button", { name: "History" }).click();
  await expect(again.getByText("Restored from version 2")).toBeVisible();
});
