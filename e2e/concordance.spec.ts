import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";
import { expectAccessible } from "./support/a11y";

// The demo newsroom's newest article (the NTREX red-tide report) has its German approved (prisma/seed.ts),
// so the memory and the approved translations both hold "Thủy triều đỏ" / "roten Tide".
test("a translator searches the concordance with Ctrl+K, without tone marks, and inserts a hit with the keyboard only", async ({
  browser,
}, testInfo) => {
  const translator = await pageAs(browser, "translator");
  await importArticle(translator, `Thủy triều đỏ lan rộng ${Date.now()}`);
  const cell = translator.getByRole("textbox", { name: "German translation of segment 1" });
  await cell.focus();
  await cell.pressSequentially("Vorher: ");

  await translator.keyboard.press("Control+k");
  const dialog = translator.getByRole("dialog", { name: "Concordance search" });
  await expect(dialog).toBeVisible();
  const search = dialog.getByRole("combobox", { name: /Words or a phrase/ });
  await expect(search).toBeFocused();
  await search.pressSequentially("thuy trieu do");

  const options = dialog.getByRole("option");
  await expect(options.first()).toBeVisible();
  // marked without tone marks typed: the source's own words are highlighted
  await expect(options.first().locator('[lang="vi"] mark').first()).toHaveText(/Thủy|thủy/);
  await expect(dialog.getByText(/Approved in/).first()).toBeVisible();
  await expect(dialog.getByText("Memory").first()).toBeVisible();
  await expectAccessible(translator, "concordance dialog");
  await translator.screenshot({ path: testInfo.outputPath("concordance-1440.png") });

  await search.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await search.press("ArrowUp");
  const chosen = options.first();
  await expect(chosen).toHaveAttribute("aria-selected", "true");
  const german = (await chosen.locator('.concordance-target[lang="de"]').innerText()).replace(/^DE\s*/, "");
  expect(german).toMatch(/roten Tide/);

  await search.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(cell).toBeFocused();
  await expect(cell).toHaveValue(`Vorher: ${german}`);
  // an unsaved edit, like typing: Ctrl+Enter confirms it
  await expect(translator.locator('[data-lang="de"].dirty').filter({ has: cell })).toHaveCount(1);
  await cell.press("Control+Enter");
  await expect(translator.locator('[data-lang="de"]').filter({ has: cell }).locator(".badge").first()).toHaveText(
    "Translated",
  );

  // Esc closes without inserting and the focus goes back to the cell it came from
  const english = translator.getByRole("textbox", { name: "English translation of segment 2" });
  await english.focus();
  await translator.keyboard.press("Control+k");
  await expect(dialog).toBeVisible();
  await translator.setViewportSize({ width: 390, height: 844 });
  await dialog.getByRole("combobox").pressSequentially("pinellas");
  await translator.screenshot({ path: testInfo.outputPath("concordance-390.png") });
  await translator.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(english).toBeFocused();
  await expect(english).toHaveValue("");
});
