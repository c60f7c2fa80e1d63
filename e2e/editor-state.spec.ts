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

test("Ctrl+Enter goes on to the next open segment: down the column, then the other language, then says all is done", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  await importArticle(translator, "Bài viết để thử Ctrl+Enter");
  const de = (n: number) => translator.getByRole("textbox", { name: `German translation of segment ${n}` });
  const en = (n: number) => translator.getByRole("textbox", { name: `English translation of segment ${n}` });
  // Segment 2 of German done first: Ctrl+Enter on segment 1 skips it.
  await de(2).fill("Heute Morgen (24.3.) kündigte das Volkskomitee von HCMC Investitionen an.");
  await de(2).press("Control+Enter");
  await de(1).fill("Ein Artikel zum Testen");
  await de(1).press("Control+Enter");
  await expect(de(3)).toBeFocused();
  await de(3).fill(
    "Laut Dr. Nguyen Van An lag das Wachstum im ersten Quartal bei 10,03 %. Das Projekt wird 2030 fertig.",
  );
  await de(3).press("Control+Enter");
  await expect(de(4)).toBeFocused();
  await de(4).fill("Das Projekt wird 2030 fertig.");
  await de(4).press("Control+Enter");
  await expect(en(1)).toBeFocused(); // nothing open below in German: on to English
  for (const n of [1, 2, 3, 4]) {
    await expect(en(n)).toBeFocused();
    await en(n).fill(`English text ${n}.`);
    await en(n).press("Control+Enter");
  }
  // The whole article is done: the next article of My work's queue is offered (e2e/my-work.spec.ts follows it).
  await expect(translator.getByRole("status").filter({ hasText: "Next in your queue" })).toBeVisible();
});
