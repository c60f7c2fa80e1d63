import { expect, test } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";

// Issue 10's journey across user administration and assignment: an admin creates a translator, gives
// them the German of a new article, and the new translator signs in and finds it first in My work.
test("a user the admin just created signs in and finds the article assigned to them in My work", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin");
  await admin.getByRole("link", { name: "Users" }).click();
  const stamp = Date.now();
  const email = `thu-${stamp}@duyet.test`;
  const name = `Thu Trần ${stamp % 10_000}`;
  const form = admin.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Role").selectOption("translator");
  await form.getByLabel("UI language").selectOption("en");
  await form.getByLabel("Initial password (optional)").fill("thu-first-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByTestId("user-created")).toContainText(`${email} can sign in now`);

  const title = `Bài cho người mới ${stamp}`;
  await importArticle(admin, title);
  await admin.getByText("Who works on it").click();
  const german = admin.getByRole("group", { name: "German" });
  await german.getByLabel("Translator").selectOption({ label: name });
  await german.getByRole("button", { name: "Save" }).click();
  await expect(german.getByText("Saved.")).toBeVisible();

  const context = await browser.newContext({ locale: "en-US" });
  const thu = await context.newPage();
  await thu.goto("/sign-in");
  await thu.locator('input[name="email"]').fill(email);
  await thu.locator('input[name="password"]').fill("thu-first-password");
  await thu.locator('button[type="submit"]').click();
  await expect(thu.getByRole("heading", { level: 1 })).toHaveText("My work");
  const first = thu.getByTestId("queue-translate").locator("li").first();
  await expect(first).toContainText(title);
  await expect(first).toContainText("assigned to you");
  await first.getByRole("link", { name: title }).click();
  await expect(thu.getByRole("heading", { level: 1 })).toHaveText(title);
  await context.close();
});
