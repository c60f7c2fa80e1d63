import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";

const TITLE = "Thành phố công bố kế hoạch giao thông mới";
const LEAD = "Sáng nay (24/3), UBND TP.HCM công bố kế hoạch đầu tư 40.000 tỷ đồng cho giao thông công cộng.";
const BODY = "Theo TS. Nguyễn Văn An, tăng trưởng đạt 10,03% trong quý I. Dự án sẽ hoàn thành vào năm 2030.";
// The newsroom's correction: a new figure in the lead and one more paragraph.
const NEW_LEAD = LEAD.replace("40.000", "45.000");
const ADDED = "Kế hoạch gồm ba tuyến xe buýt nhanh mới.";

test("a new source version while a translator has the editor open: the changed segment shows its diff after reload", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  const url = await importArticle(translator, TITLE);
  const lead = translator.getByRole("textbox", { name: "German translation of segment 2" });
  await lead.fill("Heute Morgen kündigte die Stadt 40.000 Milliarden Dong für den Nahverkehr an.");
  await lead.press("Control+s");
  await expect(translator.locator('[data-lang="de"]').filter({ has: lead }).locator(".save-status")).toHaveText(
    "Saved",
  );

  // Someone else imports the corrected story from the article's "New source version".
  const editor = await pageAs(browser, "publisher");
  await editor.goto(url);
  await editor.getByRole("link", { name: "New source version" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("New source version");
  await editor.getByLabel("Article text").fill([TITLE, NEW_LEAD, ADDED, BODY, "[ad_1]", "Bình luận (0)"].join("\n"));
  await editor.getByRole("button", { name: "Import new version" }).click();
  await expect(editor).toHaveURL(url);
  await expect(editor.getByRole("grid")).toBeVisible();

  // The translator's editor, reloaded: the German text is kept, marked, with the Vietnamese diff.
  await translator.reload();
  const change = translator.locator(".segment-row").filter({ has: lead }).getByTestId("source-change");
  await expect(change).toContainText("Source changed");
  await expect(change.locator("del")).toContainText("40.000");
  await expect(change.locator("ins")).toContainText("45.000");
  await expect(lead).toHaveValue("Heute Morgen kündigte die Stadt 40.000 Milliarden Dong für den Nahverkehr an.");
  const added = translator.locator(".segment-row").filter({ hasText: ADDED });
  await expect(added.getByTestId("source-change")).toHaveCount(0);
  await expect(translator.getByTestId("source-change")).toHaveCount(1);
  await shot(translator, "source-update-editor");

  // The article's source versions: the diff between version 1 and 2.
  await translator.getByRole("link", { name: "Source versions" }).click();
  await expect(translator.getByRole("heading", { level: 1 })).toHaveText("Source versions");
  const diff = translator.getByTestId("source-diff");
  await expect(diff.locator("ins").first()).toContainText("45.000");
  await expect(diff).toContainText(ADDED);
  await expect(translator.getByTestId("source-version-2")).toContainText("1 changed, 1 new, 0 removed");
  await shot(translator, "source-update-versions");

  // Publishing waits for the review of the changed segment.
  await editor.goto(`${url}/publish`);
  await expect(editor.getByTestId("source-updated-de")).toContainText("1 changed segment needs review");
});
