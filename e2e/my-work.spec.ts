import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

// Issue 10 items 10, 11 and 6: a reviewer assigns a language with a deadline, the translator finds it first
// in My work, works through it with Ctrl+Enter and is offered the next article of the queue; the list
// filters by language state. Screenshots of My work and the list at desktop and phone sizes.
test("assigned work comes first in My work, and Ctrl+Enter at the end goes on to the next queued article", async ({
  browser,
}) => {
  const title = `Bài được giao ${Date.now()}`;
  const reviewer = await pageAs(browser, "reviewer");
  const url = await importArticle(reviewer, title);
  await reviewer.getByText("Who works on it").click();
  const german = reviewer.getByRole("group", { name: "German" });
  await german.getByLabel("Translator").selectOption({ label: "Lan Nguyễn" });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await german.getByLabel("Deadline").fill(yesterday);
  await german.getByRole("button", { name: "Save" }).click();
  await expect(german.getByText("Saved.")).toBeVisible();

  const translator = await pageAs(browser, "translator");
  await expect(translator.getByRole("heading", { level: 1 })).toHaveText("My work");
  const first = translator.getByTestId("queue-translate").locator("li").first();
  await expect(first).toContainText(title);
  await expect(first).toContainText("assigned to you");
  await expect(first).toContainText("overdue");
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await translator.setViewportSize({ width, height });
    await translator.screenshot({ path: `test-results/screens/my-work-${width}.png`, fullPage: true });
  }
  await translator.setViewportSize({ width: 1440, height: 900 });
  await first.getByRole("link", { name: title }).click();
  await expect(translator).toHaveURL(url);
  await expect(translator.getByRole("heading", { level: 1 })).toHaveText(title);

  // Every cell of both columns, each confirmed with Ctrl+Enter, which moves on to the next open one.
  await translator.getByRole("textbox", { name: "German translation of segment 1" }).click();
  for (let i = 1; i <= 8; i++) {
    const cell = translator.locator("textarea:focus");
    await cell.fill(`Text ${i}.`);
    await cell.press("Control+Enter");
  }
  await expect(translator.getByRole("status").filter({ hasText: "Next in your queue" })).toBeVisible();
  const next = translator.getByRole("link", { name: "Open the next article" });
  await expect(next).toBeFocused();
  await translator.keyboard.press("Enter");
  await expect(translator).not.toHaveURL(url);
  await expect(translator.getByRole("grid")).toBeVisible();
});

test("the article list filters by language state and shows who has what", async ({ browser }) => {
  const reviewer = await pageAs(browser, "reviewer");
  await reviewer.goto("/articles");
  await reviewer.getByLabel("Language state").selectOption({ label: "Needs review" });
  await reviewer.getByLabel("Sort").selectOption({ label: "Deadline" });
  await reviewer.getByRole("button", { name: "Apply" }).click();
  await expect(reviewer).toHaveURL(/state=needsReview/);
  const rows = reviewer.locator("table.articles tbody tr");
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) await expect(rows.nth(i)).toContainText("need review");
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await reviewer.setViewportSize({ width, height });
    await reviewer.screenshot({ path: `test-results/screens/list-needs-review-${width}.png`, fullPage: false });
  }
});
