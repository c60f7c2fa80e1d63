import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";

// Named to run last: its 51 imported articles would otherwise fill the oldest-first queues (My work,
// 25 per section) that the journeys after it read.
test("the articles list pages by cursor: Next and Previous keep the search, the URL shows the same page again", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await pageAs(browser, "admin");
  await admin.goto("/admin/tokens");
  await admin.getByLabel("Name").fill(`Pager ${Date.now()}`);
  await admin.getByRole("checkbox", { name: /^import/ }).check();
  await admin.getByRole("button", { name: "Create token" }).click();
  const token = await admin.getByTestId("token-created").getByLabel("Token", { exact: true }).inputValue();
  const tag = `trang${Date.now()}`;
  for (let i = 1; i <= 51; i++) {
    const res = await admin.request.post("/api/v1/articles", {
      headers: { Authorization: `Bearer ${token}` },
      data: { format: "text", content: `Bài số ${i} ${tag}\nĐoạn mở đầu của bài ${i}.` },
    });
    expect(res.status()).toBe(201);
  }

  const translator = await pageAs(browser, "translator");
  await translator.goto(`/articles?q=${tag}`);
  const pager = translator.getByRole("navigation", { name: "Pages" });
  await expect(pager.getByTestId("list-total")).toHaveText("51 articles");
  await expect(translator.locator("a.article-title")).toHaveCount(50);
  await expect(translator.locator("a.article-title").first()).toHaveText(`Bài số 51 ${tag}`);
  await expect(pager.getByRole("link", { name: "Previous" })).toHaveCount(0);
  await shot(translator, "articles-pager");

  await pager.getByRole("link", { name: "Next" }).click();
  await expect(translator).toHaveURL(new RegExp(`q=${tag}.*after=`));
  await expect(translator.locator("a.article-title")).toHaveText([`Bài số 1 ${tag}`]);
  await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);
  // The page's URL is shareable: opened again, it shows the same rows.
  await translator.reload();
  await expect(translator.locator("a.article-title")).toHaveText([`Bài số 1 ${tag}`]);

  await pager.getByRole("link", { name: "Previous" }).click();
  await expect(translator).toHaveURL(/before=/);
  await expect(translator.locator("a.article-title")).toHaveCount(50);
  await expect(translator.locator("a.article-title").first()).toHaveText(`Bài số 51 ${tag}`);
});
