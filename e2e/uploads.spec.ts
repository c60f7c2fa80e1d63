import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { importArticle, pageAs } from "./fixtures/session";
import { buildUploadTmx } from "../tests/fixtures/upload-tmx";

// Uploads up to the documented size import; bigger ones get the coded, translated refusal with the
// limit in words — in the browser at once, and from the server for anything that gets past it.
const MB = 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-uploads-"));
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * An exported XLIFF 1.2 as a CAT tool may send it back: the title translated, translator notes padded
 * to `bytes`, saved as UTF-16 without a byte-order mark (the server recognises it by its "<?xml"). Read
 * as UTF-8 text in the browser and sent as a JSON string, such a file used to grow past the server's
 * body cap (every NUL byte became "\u0000") and end in an error page.
 */
async function xliffFromCatTool(page: Page, articleId: string, bytes: number): Promise<Buffer> {
  const exported = await page.request.get(`/articles/${articleId}/export?lang=de&format=xliff12&version=draft`);
  expect(exported.ok()).toBe(true);
  const xliff = (await exported.text())
    .replace('encoding="UTF-8"', 'encoding="UTF-16"')
    .replace("</source>", "</source><target>Neue Metro für Hanoi</target>");
  const notes = (xliff.match(/<note\b/g) ?? []).length;
  const note = "Ghi chú của biên dịch viên về thuật ngữ. ";
  const filler = note.repeat(Math.ceil((bytes / 2 - xliff.length) / notes / note.length));
  return Buffer.from(xliff.replace(/(<note\b[^>]*>)/g, `$1${filler}`), "utf16le");
}

test("a 6 MB XLIFF from a CAT tool imports; an 11 MB one is refused at once with its limit", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await pageAs(browser, "publisher");
  const url = await importArticle(page, `Tải lên XLIFF ${Date.now()}`);
  const articleId = url.split("/").pop()!;
  const body = await xliffFromCatTool(page, articleId, 6 * MB);
  expect(body.byteLength).toBeGreaterThan(6 * MB);
  await page.goto(`${url}/publish`);
  const input = page.getByLabel("XLIFF file (1.2 or 2.x)");
  await input.setInputFiles(tempFile("article-de.xlf", body));
  await expect(page.getByText("1 segment updated.")).toBeVisible({ timeout: 90_000 });
  await page.goto(url);
  await expect(page.getByRole("grid")).toContainText("Neue Metro für Hanoi");

  await page.goto(`${url}/publish`);
  await page.getByLabel("XLIFF file (1.2 or 2.x)").setInputFiles(tempFile("big.xlf", Buffer.alloc(11 * MB, " ")));
  await expect(page.locator(".error-message")).toHaveText("The XLIFF file is larger than 10 MB. Nothing was imported.");
});

test("Admin → Memory: a 6 MB TMX imports; an 11 MB one is refused at once with its limit", async ({ browser }) => {
  // The import also writes the fuzzy and concordance index rows of 12,000 units (1.2 million grams): about
  // 30 s on a 2-core machine at load 16 (`npm run bench:tmx-import`; speed is measured there, not here).
  test.setTimeout(120_000);
  const page = await pageAs(browser, "admin");
  await page.goto("/admin/memory");
  const tmx = buildUploadTmx(12_000);
  expect(Buffer.byteLength(tmx)).toBeGreaterThan(6 * MB);
  await page.getByLabel("TMX file").setInputFiles(tempFile("memory.tmx", tmx));
  await page.getByRole("button", { name: "Import TMX" }).click();
  await expect(page.getByText("Imported: 12000 new, 0 updated, 0 skipped.")).toBeVisible({ timeout: 90_000 });

  await page.getByLabel("TMX file").setInputFiles(tempFile("big.tmx", Buffer.alloc(11 * MB, " ")));
  await page.getByRole("button", { name: "Import TMX" }).click();
  await expect(page.locator(".error-message")).toHaveText("The TMX file is larger than 10 MB. Nothing was imported.");
});

test("an article file over 1 MB is refused at once with the sizes in words", async ({ browser }) => {
  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  const text = `Tiêu đề\n${"Một câu rất dài của bài báo. ".repeat(40_000)}`;
  await page
    .getByLabel("Upload a file (.txt, .json, .html or .xlf, up to 1 MB)")
    .setInputFiles(tempFile("article.txt", text));
  await expect(page.locator(".error-message")).toHaveText(
    `The import is too large (${Buffer.byteLength(text).toLocaleString("en")} bytes); at most 1,048,576 bytes are accepted.`,
  );
});
