import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { importBundle, pageAs } from "./fixtures/session";

// A 500-segment article: the editor renders only the rows in view (virtualised), yet every row is
// reachable and editable, and the keyboard walks across rows that were not rendered a moment ago.
test("a 500-segment article stays a small DOM and every row can be reached and edited", async ({ browser }) => {
  const lines = (f: string) => fs.readFileSync(`prisma/demo/ntrex-news-dev/${f}`, "utf8").split("\n").filter(Boolean);
  const [vi, de] = [lines("vi.txt"), lines("de.txt")];
  const sentences = Array.from({ length: 499 }, (_, i) => ({ vi: vi[i]!, de: de[i]! }));
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push({ sentences: sentences.slice(i, i + 5) });
  const translator = await pageAs(browser, "translator");
  await importBundle(translator, { title: { vi: "Bài dài 500 đoạn", de: "Langer Artikel" }, paragraphs });

  await expect(translator.getByRole("button", { name: "All 500" })).toBeVisible();
  expect(await translator.locator("textarea.target").count()).toBeLessThan(80);

  const scroller = translator.getByTestId("editor-scroller");
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  const last = translator.getByRole("textbox", { name: "German translation of segment 500" });
  await expect(last).toBeVisible();
  expect(await translator.locator("textarea.target").count()).toBeLessThan(80);
  await last.fill("Letzter Satz, bearbeitet.");
  await last.press("Control+Enter");
  // The German column has nothing open below its last row: Ctrl+Enter goes on to the English column.
  await expect(
    translator.getByRole("textbox", { name: "English translation of segment 1", exact: true }),
  ).toBeFocused();
  await scroller.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(translator.locator('[data-lang="de"]').filter({ has: last }).locator(".badge").first()).toHaveText(
    "Translated",
  );

  // Alt+Up from the last row walks back into rows that were scrolled out of the DOM.
  await last.focus();
  for (let i = 0; i < 12; i++) await translator.keyboard.press("Alt+ArrowUp");
  await expect(translator.getByRole("textbox", { name: "German translation of segment 488" })).toBeFocused();
});
