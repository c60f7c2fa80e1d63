import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// Issue 9, against the built app: sign-in limits that a new X-Forwarded-For cannot reset, on both ways in
// (the form's server action and POST /api/auth/sign-in/email), and security headers on every answer.
const PASSWORD = "lockout-test-2026";

/** A fresh account made by the demo admin through better-auth's admin endpoint, so no demo user gets locked. */
async function freshUser(admin: Page, label: string): Promise<string> {
  const email = `${label}-${Date.now()}@duyet.test`;
  const origin = new URL(admin.url()).origin;
  const res = await admin.request.post("/api/auth/admin/create-user", {
    headers: { origin },
    data: { email, password: PASSWORD, name: label, role: "translator" },
  });
  expect(res.status(), await res.text()).toBe(200);
  return email;
}

async function formSignIn(page: Page, email: string, password: string, address: string) {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": address });
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

const httpSignIn = (request: APIRequestContext, baseURL: string, email: string, password: string, address: string) =>
  request.post("/api/auth/sign-in/email", {
    headers: { origin: baseURL, "x-forwarded-for": address },
    data: { email, password },
  });

test("the sign-in form refuses the right password after five wrong ones, whatever X-Forwarded-For says", async ({
  browser,
}) => {
  const email = await freshUser(await pageAs(browser, "admin"), "form-lockout");
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  for (let i = 1; i <= 5; i++) {
    await formSignIn(page, email, `wrong-password-${i}`, `203.0.113.${i}`);
    await expect(page.locator(".error-message")).toHaveText("Email or password is not correct.");
  }
  await formSignIn(page, email, PASSWORD, "198.51.100.77");
  await expect(page.locator(".error-message")).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/); // no session was created
});

test("POST /api/auth/sign-in/email does the same, and shares the count with the form", async ({
  browser,
  request,
  baseURL,
}) => {
  const email = await freshUser(await pageAs(browser, "admin"), "http-lockout");
  for (let i = 1; i <= 5; i++)
    expect((await httpSignIn(request, baseURL!, email, `wrong-${i}-password`, `192.0.2.${i}`)).status()).toBe(401);
  const refused = await httpSignIn(request, baseURL!, email, PASSWORD, "192.0.2.200");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(800);
  expect(await refused.json()).toMatchObject({ code: "AUTH_RATE_LIMITED" });
  expect(refused.headers()["set-cookie"]).toBeUndefined();
  // The form is the other way in to the same account: refused as well.
  const page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await formSignIn(page, email, PASSWORD, "198.51.100.78");
  await expect(page.locator(".error-message")).toHaveText("Too many failed sign-ins. Try again in 15 minutes.");
});

test("every answer carries the security headers: a page, a static file, the API, a download", async ({
  browser,
  request,
}) => {
  const common = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  };
  // Plain HTTP, no trusted proxy: a forged X-Forwarded-Proto earns no HSTS.
  const page = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
  expect(page.headers()).toMatchObject(common);
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
  const csp = page.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  const html = await page.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  // A second request gets a fresh nonce.
  expect((await request.get("/sign-in")).headers()["content-security-policy"]).not.toContain(nonce!);

  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  const file = await request.get(asset);
  expect(file.status()).toBe(200);
  expect(file.headers()).toMatchObject({
    ...common,
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  });

  const api = await request.get("/api/v1/articles");
  expect(api.status()).toBe(401);
  expect(api.headers()).toMatchObject({
    ...common,
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  });

  const publisher = await pageAs(browser, "publisher");
  const articleUrl = await publisher.locator("a.article-title").first().getAttribute("href");
  const download = await publisher.request.get(`${articleUrl}/export?lang=de&format=html&version=draft`);
  expect(download.status()).toBe(200);
  expect(download.headers()).toMatchObject({
    ...common,
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
  });
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename=".+\.html"$/);
});
