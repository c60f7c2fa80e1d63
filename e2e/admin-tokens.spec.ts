import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";

test("an admin creates an API token, sees it once, uses it, revokes it, and finds both in the audit log", async ({
  browser,
}) => {
  const page = await pageAs(browser, "admin");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");

  const name = `E2E CMS ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: /^import/ }).check();
  // A webhook to this machine is refused (SSRF) until an admin allows the host on the settings page.
  await page.getByLabel("Webhook URL (optional)").fill("http://127.1:9/hook");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator(".error-message")).toContainText("Webhooks may not go to 127.0.0.1");
  await page.goto("/admin/settings");
  await page.getByLabel(/^Hosts, one per line/).fill("127.0.0.1");
  await page.getByRole("button", { name: "Save allowed hosts" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: /^import/ }).check();
  await page.getByLabel("Webhook URL (optional)").fill("http://127.1:9/hook");
  await page.getByRole("button", { name: "Create token" }).click();

  const created = page.getByTestId("token-created");
  await expect(created).toBeVisible();
  const token = await created.getByLabel("Token", { exact: true }).inputValue();
  expect(token).toMatch(/^duyet_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  await expect(created.getByLabel("Webhook signing secret")).toHaveValue(/^whsec_/);

  // The API accepts it right away.
  const ok = await page.request.get("/api/v1/articles", { headers: { Authorization: `Bearer ${token}` } });
  expect(ok.status()).toBe(200);
  const auth = { Authorization: `Bearer ${token}` };
  // An import with a wrong body is refused with a JSON error (a successful one would add an article
  // that other specs' article lists would then show first; the integration tests cover success).
  const refusedImport = await page.request.post("/api/v1/articles", {
    headers: auth,
    data: { format: "pdf", content: "x" },
  });
  expect(refusedImport.status()).toBe(400);
  expect((await refusedImport.json()).error).toMatchObject({
    code: "INVALID_INPUT",
    message: "The input is not valid (format).",
  });
  const missing = await page.request.get("/api/v1/no-such-thing", { headers: auth });
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("API_NOT_FOUND");

  // Once dismissed (or reloaded) the token is gone from the page; only its prefix remains.
  await created.getByRole("button", { name: "Done, I copied it" }).click();
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(`duyet_${token.slice(6, 14)}_…`);
  await expect(row).toContainText("read");
  await expect(row).toContainText("import");
  await expect(row).toContainText("http://127.0.0.1:9/hook"); // stored as the URL parser normalised it

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
  const refused = await page.request.get("/api/v1/articles", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("API_TOKEN_REVOKED");

  await page.getByRole("link", { name: "Audit log" }).click();
  await page.getByLabel("Action").selectOption("token");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=token/);
  await expect(page.locator("tr[data-action='token.create']").filter({ hasText: name }).first()).toContainText(
    "Created API token",
  );
  await expect(page.locator("tr[data-action='token.revoke']").filter({ hasText: name }).first()).toContainText(
    "Revoked API token",
  );
  await page.getByLabel("Action").selectOption("settings");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.locator("tr[data-action='settings.webhooks']").first()).toContainText(
    "Changed allowed webhook hosts",
  );
});

test("the admin pages are refused to non-admins on the server, not only hidden", async ({ browser }) => {
  const page = await pageAs(browser, "publisher");
  await expect(page.getByRole("link", { name: "API tokens" })).toHaveCount(0);
  for (const path of ["/admin/tokens", "/admin/audit"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});
