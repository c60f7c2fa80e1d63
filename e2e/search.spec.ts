import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

test("searching without tone marks finds the article by its title and its text; no match says so", async ({
  browser,
}) => {
  const translator = await pageAs(browser, "translator");
  const tag = `${Date.now()}`;
  const url = await importArticle(translator, `Lũ lớn ở Cà Mau ${tag}`);

  await translator.goto("/articles");
  const search = translator.getByRole("searchbox", { name: "Search titles and text" });
  await search.fill(`ca mau ${tag}`);
  await search.press("Enter");
  await expect(translator.locator("a.article-title")).toHaveCount(1);
  await translator.locator("a.article-title").click();
  await expect(translator).toHaveURL(url);

  // A phrase from the body (the shared fixture's), typed without marks and in capitals: the newest
  // article first, which is the one just imported.
  await translator.goto(`/articles?q=${encodeURIComponent("TANG TRUONG DAT 10,03% TRONG QUY I")}`);
  await expect(translator.locator("a.article-title").first()).toHaveText(`Lũ lớn ở Cà Mau ${tag}`);

  await translator.goto(`/articles?q=${encodeURIComponent(`khong co bai nao ${tag}`)}`);
  await expect(translator.getByRole("status")).toHaveText(
    `No article matches “khong co bai nao ${tag}”. Try fewer words; tone marks and case do not matter.`,
  );
  await expect(translator.getByText("No articles yet")).toHaveCount(0);
});
