import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// Sentences no other journey uses, so their memory units meet only this article.
const TITLE = "Hội An rực rỡ mùa lồng đèn tháng Chạp";
const LEAD = "Phố cổ sáng đèn suốt đêm qua bên sông Hoài.";
const REPEAT = "Người dân treo đèn từ sớm.";
const OTHER = "Du khách đông hơn mọi năm trước.";

function tmx(units: { vi: string; de?: string; en?: string }[]): Buffer {
  const tuv = (lang: string, text?: string) => (text ? `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>` : "");
  const body = units.map((u) => `<tu>${tuv("vi", u.vi)}${tuv("de", u.de)}${tuv("en", u.en)}</tu>`).join("\n");
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="vi" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="e2e" creationtool="e2e" creationtoolversion="1"/><body>
${body}
</body></tmx>
`);
}

test("memory matches arrive as drafts on import; confirming a sentence fills its repeat; the button fills later", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/memory");
  const units = [
    { vi: TITLE, de: "Hội An leuchtet im Laternenmonat", en: "Hội An glows in lantern month" },
    { vi: LEAD, de: "Die Altstadt war die ganze Nacht am Hoài-Fluss beleuchtet." },
    { vi: OTHER, en: "More visitors than in any year before." },
  ];
  await admin
    .getByLabel("TMX file")
    .setInputFiles({ name: "fill.tmx", mimeType: "application/xml", buffer: tmx(units) });
  await admin.getByRole("button", { name: "Import TMX" }).click();
  await expect(admin.getByText("Imported: 3 new, 0 updated, 0 skipped.")).toBeVisible();

  // Import with the box ticked (the default): title (de + en) and lead (de) come from the memory.
  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  await page.getByLabel("Article text").fill([TITLE, LEAD, REPEAT, REPEAT].join("\n"));
  await expect(page.getByRole("checkbox", { name: /Fill from translation memory/ })).toBeChecked();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "3 segments filled from memory" })).toBeVisible();
  const cell = (lang: "German" | "English", n: number) =>
    page.getByRole("textbox", { name: `${lang} translation of segment ${n}` });
  const badge = (lang: "de" | "en", n: number) =>
    page
      .locator(`[data-lang="${lang}"]`)
      .filter({ has: cell(lang === "de" ? "German" : "English", n) })
      .locator(".badge");
  await expect(cell("German", 1)).toHaveValue(units[0]!.de!);
  await expect(cell("English", 1)).toHaveValue(units[0]!.en!);
  await expect(cell("German", 2)).toHaveValue(units[1]!.de!);
  await expect(badge("de", 1).first()).toHaveText("Draft");
  await expect(cell("English", 2)).toHaveValue("");
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "test-results/tm-fill-import.png" });

  // Confirm the first repeat (Ctrl+Enter): the second takes the same text, and the cell says so.
  await cell("German", 3).fill("Die Bewohner hängen früh Laternen auf.");
  await cell("German", 3).press("Control+Enter");
  await expect(page.getByText("Also filled in 1 repeat")).toBeVisible();
  await expect(cell("German", 4)).toHaveValue("Die Bewohner hängen früh Laternen auf.");
  await expect(badge("de", 4).first()).toHaveText("Translated");
  await expect(cell("English", 4)).toHaveValue("");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/tm-fill-repeat-mobile.png" });
  await page.setViewportSize({ width: 1440, height: 900 });

  // An article imported without the fill: the editor's button fills it later, no DeepL involved.
  await page.goto("/articles/import");
  await page.getByLabel("Article text").fill([`${TITLE} (2)`, OTHER].join("\n"));
  await page.getByRole("checkbox", { name: /Fill from translation memory/ }).uncheck();
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(cell("English", 2)).toHaveValue("");
  await page.getByRole("button", { name: "Fill from memory" }).click();
  await expect(page.getByTestId("memory-fill-status")).toHaveText("1 segment filled from memory");
  await expect(cell("English", 2)).toHaveValue(units[2]!.en!);
  await expect(badge("en", 2).first()).toHaveText("Draft");
  await expect(cell("German", 2)).toHaveValue("");
  await page.screenshot({ path: "test-results/tm-fill-button.png" });
});
