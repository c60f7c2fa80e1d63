import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";

// Issue 16: two people in one article. What one saves appears in the other's open editor without a
// reload; who is in which cell shows as initials; a cell being typed in is never changed under the cursor.
test("a save appears in the other open editor, with the other person's presence badge", async ({ browser }) => {
  test.slow(); // three signed-in browser contexts
  const lan = await pageAs(browser, "translator");
  const url = await importArticle(lan, "Hai người cùng mở một bài");
  const jonas = await pageAs(browser, "reviewer");
  await jonas.goto(url);

  // Lan types in segment 2: Jonas sees her initials on that cell, marked as typing.
  const hers = lan.getByRole("textbox", { name: "German translation of segment 2" });
  await hers.fill("Heute Morgen stellte die Stadt den Plan vor.");
  const cellAtJonas = jonas.locator('[data-lang="de"]').filter({
    has: jonas.getByRole("textbox", { name: "German translation of segment 2" }),
  });
  const badge = cellAtJonas.getByTestId("presence").locator(".avatar");
  await expect(badge).toHaveText("LN");
  await expect(badge).toHaveAttribute("title", "Lan Nguyễn is typing here");

  // The article list shows who is in the article now.
  const list = await pageAs(browser, "publisher");
  await list.goto("/articles?q=" + encodeURIComponent("Hai người cùng mở một bài"));
  await expect(list.getByTestId("now-in")).toContainText("Lan Nguyễn");
  await expect(list.getByTestId("now-in")).toContainText("Jonas Weber");

  // Lan confirms: Jonas's editor shows the text and the state without reloading.
  await hers.press("Control+Enter");
  await expect(jonas.getByRole("textbox", { name: "German translation of segment 2" })).toHaveValue(
    "Heute Morgen stellte die Stadt den Plan vor.",
  );
  await expect(cellAtJonas).toHaveClass(/state-translated/);
  await shot(jonas, "live-presence");

  // And the other way: Jonas saves the English lead, Lan sees it without a reload.
  const hisEnglish = jonas.getByRole("textbox", { name: "English translation of segment 2" });
  await hisEnglish.fill("This morning the city presented the plan.");
  await hisEnglish.press("Control+s");
  await expect(lan.getByRole("textbox", { name: "English translation of segment 2" })).toHaveValue(
    "This morning the city presented the plan.",
  );
});

test("someone's save never changes a cell I am typing in: it shows as a change to choose", async ({ browser }) => {
  test.slow(); // two signed-in browser contexts
  const lan = await pageAs(browser, "translator");
  const url = await importArticle(lan, "Không ghi đè ô đang gõ");
  const jonas = await pageAs(browser, "reviewer");
  await jonas.goto(url);

  // Jonas is typing in segment 3 and has not saved.
  const his = jonas.getByRole("textbox", { name: "German translation of segment 3" });
  await his.fill("Fassung des Prüfers, noch nicht gespeichert");
  // Lan saves the same cell.
  const hers = lan.getByRole("textbox", { name: "German translation of segment 3" });
  await hers.fill("Fassung der Übersetzerin");
  await hers.press("Control+s");
  await expect(lan.locator('[data-lang="de"]').filter({ has: hers }).locator(".save-status")).toHaveText("Saved");

  // Jonas's text stays; the conflict panel tells him who changed it, with the diff and the choice.
  const conflict = jonas.getByRole("alertdialog", { name: "Someone else saved this segment." });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Lan Nguyễn");
  await expect(conflict).toContainText("Fassung der Übersetzerin");
  await expect(his).toHaveValue("Fassung des Prüfers, noch nicht gespeichert");
  await shot(jonas, "live-changed-by");

  // He takes hers: the cell shows her text and is clean.
  await conflict.getByRole("button", { name: "Use their version" }).click();
  await expect(conflict).toBeHidden();
  await expect(his).toHaveValue("Fassung der Übersetzerin");
  // A later save of Lan's reaches him as a plain update (nothing typed any more).
  await hers.fill("Fassung der Übersetzerin, korrigiert");
  await hers.press("Control+s");
  await expect(his).toHaveValue("Fassung der Übersetzerin, korrigiert");
});
