import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";
import { expectAccessible } from "./support/a11y";

// Sentences of their own (no other journey's memory or approvals come near them).
const TITLE = "Tỉnh ủy Cà Mau họp bàn kế hoạch kinh tế biển";
const LEAD = "Sáng nay, lãnh đạo tỉnh Cà Mau đã họp để bàn về kế hoạch phát triển kinh tế biển trong năm tới.";
const BODY = "Dự án có tổng vốn 500 tỷ đồng.";
const MEMORY_VI = "Sáng nay, lãnh đạo tỉnh Cà Mau đã họp để bàn về kế hoạch phát triển kinh tế biển năm nay.";
const MEMORY_DE = "Heute Morgen berieten die Spitzen der Provinz Cà Mau über den Plan für die Meereswirtschaft.";

test("a translator works through an article from the keyboard: suggestions follow the focus, Ctrl+1 and Ctrl+Shift+G insert, F8 jumps to an issue", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/memory");
  const tuv = (lang: string, text: string) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`;
  const tmx = `<?xml version="1.0"?><tmx version="1.4"><header srclang="vi"/><body><tu>${tuv("vi", MEMORY_VI)}${tuv("de", MEMORY_DE)}</tu></body></tmx>`;
  await admin
    .getByLabel("TMX file")
    .setInputFiles({ name: "cat.tmx", mimeType: "application/xml", buffer: Buffer.from(tmx) });
  await admin.getByRole("button", { name: "Import TMX" }).click();
  await expect(admin.getByText("Imported: 1 new, 0 updated, 0 skipped.")).toBeVisible();

  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  await page.getByLabel("Article text").fill([TITLE, LEAD, BODY].join("\n"));
  await page.getByRole("button", { name: "Import" }).press("Enter");
  await expect(page.getByRole("grid")).toBeVisible();

  const panel = page.getByTestId("suggestions");
  const summary = page.getByTestId("suggestions-summary");
  const de = (n: number) => page.getByRole("textbox", { name: `German translation of segment ${n}` });

  // The title: no memory, but a glossary term; typed around it with Ctrl+Shift+G at the caret.
  await de(1).focus();
  await expect(summary).toHaveText("Segment 1 · German: no suggestion, 1 glossary term");
  await expect(panel.getByTestId("suggestion-term")).toContainText("Tỉnh ủy → Provinzparteikomitee");
  await page.keyboard.type("Das ");
  await page.keyboard.press("Control+Shift+G");
  await page.keyboard.type(" von Cà Mau berät über die Meereswirtschaft");
  await expect(de(1)).toHaveValue("Das Provinzparteikomitee von Cà Mau berät über die Meereswirtschaft");
  await expect(de(1)).toBeFocused(); // the panel never took the focus
  await page.keyboard.press("Control+Enter");

  // On to the lead: the panel follows the focus and offers the fuzzy memory match with its diff.
  await expect(de(2)).toBeFocused();
  await expect(summary).toHaveText("Segment 2 · German: 1 suggestion, no glossary term");
  const match = panel.getByTestId("suggestion").first();
  await expect(match).toContainText("Ctrl+1");
  await expect(match).toContainText(MEMORY_DE);
  // The memory's source differs from this one: "năm nay" (this year) → "trong năm tới" (next year).
  await expect(match.locator(".diff del")).toHaveText(["nay"]);
  await expect(match.locator(".diff ins")).toHaveText(["trong ", "tới"]);
  await page.keyboard.press("Control+1");
  await expect(de(2)).toHaveValue(MEMORY_DE);
  await expect(de(2).locator("xpath=ancestor::div[contains(@class,'cell')]")).toHaveClass(/dirty/);
  await shot(page, "cat-suggestions");
  await page.keyboard.press("Control+Enter");

  // A wrong figure in the body: an error the QA panel lists.
  await expect(de(3)).toBeFocused();
  await page.keyboard.type("Das Projekt hat ein Gesamtkapital von 50 Milliarden VND.");
  await page.keyboard.press("Control+Enter");
  await expect(page.locator('[data-lang="de"] .issue.error').first()).toBeVisible();

  // F8 opens the QA panel on its first issue; Enter goes back to that cell.
  await page.keyboard.press("F8");
  const qa = page.getByRole("region", { name: /^Open issues/ });
  await expect(qa).toBeVisible();
  await expect(qa.getByRole("heading", { name: /errors?$/ }).first()).toBeVisible();
  const first = qa.locator(".qa-item").first();
  await expect(first).toBeFocused();
  await expect(first).toContainText("Segment 3 · German:");
  await shot(page, "cat-qa-panel");
  await expectAccessible(page, "editor with the suggestions and QA panels");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(de(3)).toBeFocused();
  await expect(summary).toHaveText(/^Segment 3 · German/);

  // Fixed and saved: the issue leaves the list.
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Das Projekt hat ein Gesamtkapital von 500 Milliarden VND.");
  await page.keyboard.press("Control+S");
  await expect(qa.locator(".qa-item", { hasText: "Segment 3 · German:" })).toHaveCount(0);

  // Saved for real: the inserted texts are there after a reload.
  await page.reload();
  await expect(de(1)).toHaveValue("Das Provinzparteikomitee von Cà Mau berät über die Meereswirtschaft");
  await expect(de(2)).toHaveValue(MEMORY_DE);
});
