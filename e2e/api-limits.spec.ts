import { expect, test } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// The CMS API refuses oversized imports with a coded JSON error (413) that names the limit, whatever
// the size of the body — never a broken connection or an HTML error page.
test("POST /api/v1/articles: bodies over 4 MB and contents over 1 MB get a 413 with their code and numbers", async ({
  browser,
}) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/admin/tokens");
  await page.getByLabel("Name").fill(`E2E limits ${Date.now()}`);
  await page.getByRole("checkbox", { name: /^import/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByTestId("token-created").getByLabel("Token", { exact: true }).inputValue();
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };

  const huge = JSON.stringify({ format: "text", content: `Tiêu đề\n${"x".repeat(11 * 1024 * 1024)}` });
  const tooBig = await page.request.post("/api/v1/articles", { headers, data: huge });
  expect(tooBig.status()).toBe(413);
  expect(tooBig.headers()["content-type"]).toContain("application/json");
  expect((await tooBig.json()).error).toEqual({
    code: "API_BODY_TOO_LARGE",
    message: "The request body is larger than 4194304 bytes.",
    params: { maxBytes: 4194304 },
  });

  const content = `Tiêu đề\n${"Một câu. ".repeat(150_000)}`; // 1.5 MB of text in a 1.5 MB body
  const tooLong = await page.request.post("/api/v1/articles", {
    headers,
    data: JSON.stringify({ format: "text", content }),
  });
  expect(tooLong.status()).toBe(413);
  const bytes = Buffer.byteLength(content);
  expect((await tooLong.json()).error).toMatchObject({
    code: "IMPORT_TOO_LARGE",
    message: `The import is too large (${bytes.toLocaleString("en")} bytes); at most 1,048,576 bytes are accepted.`,
  });
});
