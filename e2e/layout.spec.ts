import { expect, test, type Page } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

// Reading, approving and publishing work on a phone-sized screen: no page is wider than the window,
// whatever the text (a 300-letter unbroken word, a long URL), and the top bar keeps every control.
const LONG_WORD = `Siêu${"a".repeat(300)}`;

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test("at 390 px no page scrolls sideways, even with an unbroken 300-letter word; the top bar keeps its controls", async ({
  browser,
}) => {
  const reviewer = await pageAs(browser, "reviewer");
  const url = await importArticle(reviewer, `Tiêu đề ${LONG_WORD}`);
  await reviewer.setViewportSize({ width: 390, height: 844 });
  const pages = [url, `${url}/publish`, "/articles", "/effort", "/articles/import"];
  for (const path of pages) {
    await reviewer.goto(path);
    await reviewer.waitForLoadState("networkidle");
    await reviewer.screenshot({ path: `test-results/screens/phone-${path.replaceAll("/", "_")}.png` });
    expect(await pageWidth(reviewer), path).toBeLessThanOrEqual(390);
  }
  await reviewer.goto("/articles");
  for (const name of ["Sign out"]) await expect(reviewer.getByRole("button", { name })).toBeInViewport();
  await expect(reviewer.getByRole("banner").getByLabel("Language")).toBeInViewport();

  await reviewer.setViewportSize({ width: 1440, height: 900 });
  await reviewer.goto(url);
  expect(await pageWidth(reviewer)).toBeLessThanOrEqual(1440);
});
