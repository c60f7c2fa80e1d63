import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";
import { shot } from "./fixtures/screens";

test("an admin creates a user, who signs in with the given password and changes it; a deactivated user is out", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin");
  await admin.getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Users");
  const email = `hoa-${Date.now()}@duyet.test`;
  const form = admin.getByRole("form", { name: "New user" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Hoa Phạm");
  await form.getByLabel("Role").selectOption("reviewer");
  await form.getByLabel("UI language").selectOption("en");
  await form.getByLabel("Initial password (optional)").fill("hoa-first-password");
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(admin.getByTestId("user-created")).toContainText(`${email} can sign in now`);
  await admin.getByRole("button", { name: "Done" }).click();
  const row = admin.locator(`tr[data-user-email="${email}"]`);
  await expect(row).toContainText("Hoa Phạm");
  await expect(row).toContainText("never");
  await shot(admin, "admin-users");

  // The new user signs in with that password and lands on the start page.
  const context = await browser.newContext({ locale: "en-US" });
  const hoa = await context.newPage();
  await hoa.goto("/sign-in");
  await hoa.locator('input[name="email"]').fill(email);
  await hoa.locator('input[name="password"]').fill("hoa-first-password");
  await hoa.locator('button[type="submit"]').click();
  await expect(hoa).not.toHaveURL(/sign-in/);
  await expect(hoa.locator(".user-name")).toContainText("Hoa Phạm");
  await expect(hoa.locator(".role-tag")).toHaveText("Reviewer");

  // Their own password, from the top bar.
  await hoa.getByRole("link", { name: "Password" }).click();
  await hoa.getByLabel("Current password").fill("hoa-first-password");
  await hoa.getByLabel("New password", { exact: true }).fill("hoa-second-password");
  await hoa.getByLabel("New password again").fill("hoa-second-password");
  await hoa.getByRole("button", { name: "Change password" }).click();
  await expect(hoa.getByRole("status")).toContainText("Password changed");
  await shot(hoa, "account-password");

  // Deactivated: the open session is gone at the next request.
  await admin.reload();
  admin.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row).toContainText("deactivated");
  await hoa.goto("/articles");
  await expect(hoa).toHaveURL(/sign-in/);
  await context.close();
});
