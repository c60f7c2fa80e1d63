import { expect, test } from "@playwright/test";
import { pageAs, signIn } from "./fixtures/session";

test("wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill("translator@duyet.test");
  await page.locator('input[name="password"]').fill("not-the-password");
  await page.locator('button[type="submit"]').click();
  await expect(page.locator(".error-message")).toHaveText("Email or password is not correct.");
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the UI language is chosen per user and kept across sessions", async ({ browser }) => {
  const page = await pageAs(browser, "publisher", true);
  await page.locator(".language-switcher select").selectOption("vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Việc của tôi"); // My work, the start page
  await page.getByLabel("Ngôn ngữ").selectOption("de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  await page.getByRole("button", { name: "Abmelden" }).click();
  // A new session in a fresh browser: the choice was saved on the user.
  const again = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(again, "publisher");
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Meine Arbeit");
  await again.getByLabel("Sprache").selectOption("en");
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("My work");
});

test("the article list shows progress per language and a translator has no review buttons", async ({ browser }) => {
  const page = await pageAs(browser, "translator");
  await page.goto("/articles");
  await expect(page.getByText("Fully approved").first()).toBeVisible();
  await page.locator("a.article-title").first().click();
  await expect(page.getByRole("grid")).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "History" }).first()).toBeVisible();
});
