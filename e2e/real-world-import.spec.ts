import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { pageAs } from "./fixtures/session";

// Files as newsrooms and CAT tools really send them: a saved news page uploaded on the import page, a
// source-only XLIFF from a CMS, and a TMX written by Trados (UTF-16, DOCTYPE line) imported from Admin → Memory.
const FIXTURES = path.resolve(import.meta.dirname, "..", "tests", "fixtures");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-real-world-"));
test.afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function screens(page: Page, name: string) {
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: false });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test("a saved Vietnamese news page uploads as its article: title, sapo, body, caption, byline; no page furniture", async ({
  browser,
}) => {
  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  await page
    .getByLabel("Upload a file (.txt, .json, .html or .xlf, up to 1 MB)")
    .setInputFiles(path.join(FIXTURES, "html", "vi-sample-page.html"));
  // Recognised by its content: the format switches to the web page.
  await expect(page.getByLabel("Web page (HTML)")).toBeChecked();
  await screens(page, "import-html");
  await page.getByRole("button", { name: "Import" }).click();
  const grid = page.getByRole("grid");
  await expect(grid).toBeVisible();
  await expect(grid.locator(".segment-row.kind-title")).toContainText("Giá xăng giảm mạnh từ chiều nay");
  await expect(grid.locator(".segment-row.kind-lead")).toContainText("giá xăng RON 95 giảm 1.000 đồng");
  await expect(grid.locator(".segment-row.kind-caption").last()).toContainText("Ảnh: Ngọc Thành");
  await expect(grid.locator(".segment-row.kind-body").first()).toContainText("Liên Bộ Công Thương");
  await expect(grid.locator(".segment-row.kind-byline")).toContainText("Minh Anh");
  await expect(grid.locator(".segment-row.kind-source")).toContainText("Nguồn:");
  for (const furniture of ["Bình luận", "Quảng cáo", "Tin liên quan", "Trang chủ", "Chia sẻ", "Giấy phép"]) {
    await expect(grid).not.toContainText(furniture);
  }
  await screens(page, "import-html-editor");
});

test("a real page in windows-1252 decodes in the browser by its declared charset", async ({ browser }) => {
  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  await page
    .getByLabel("Upload a file (.txt, .json, .html or .xlf, up to 1 MB)")
    .setInputFiles(path.join(FIXTURES, "real-world", "html", "de-automobilwoche-windows1252.html"));
  await expect(page.getByLabel("Web page (HTML)")).toBeChecked();
  await page.getByRole("button", { name: "Import" }).click();
  const grid = page.getByRole("grid");
  await expect(grid.locator(".segment-row.kind-lead")).toContainText("Aufsichtsräten");
  await expect(grid).not.toContainText("Aus dem Datencenter");
});

test("a source-only XLIFF from a CMS uploads as a new article; a German target in it comes in as a draft", async ({
  browser,
}) => {
  const page = await pageAs(browser, "translator");
  await page.goto("/articles/import");
  const file = path.join(dir, "cms-export.xlf");
  fs.writeFileSync(
    file,
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">',
      '<file original="https://cms.example.vn/bai/4711" source-language="vi-VN" target-language="de-DE" datatype="plaintext"><body>',
      '<trans-unit id="t"><source>Cầu Rồng phun lửa dịp cuối tuần</source></trans-unit>',
      '<trans-unit id="p1"><source>Du khách đổ về Đà Nẵng xem cầu phun lửa.</source>',
      '<target state="translated">Touristen strömen nach Da Nang.</target></trans-unit>',
      "</body></file></xliff>",
    ].join("\n"),
  );
  await page.getByLabel("Upload a file (.txt, .json, .html or .xlf, up to 1 MB)").setInputFiles(file);
  // Recognised by its content, not by the name.
  await expect(page.getByLabel("XLIFF (CMS or CAT tool)")).toBeChecked();
  await page.getByRole("button", { name: "Import" }).click();
  const grid = page.getByRole("grid");
  await expect(grid.locator(".segment-row.kind-title")).toContainText("Cầu Rồng phun lửa dịp cuối tuần");
  await expect(grid.locator(".segment-row.kind-body").first()).toContainText("Du khách đổ về Đà Nẵng");
  await expect(page.getByRole("textbox", { name: "German translation of segment 2" })).toHaveValue(
    "Touristen strömen nach Da Nang.",
  );
  await screens(page, "import-xliff-editor");
});

test("Admin → Memory imports a TMX written by Trados (UTF-16, DOCTYPE) and says why units were skipped", async ({
  browser,
}) => {
  const page = await pageAs(browser, "admin");
  await page.goto("/admin/memory");
  // The Trados file itself is en→fr; its French side is relabelled vi-VN (no public TMX has Vietnamese).
  const original = fs.readFileSync(path.join(FIXTURES, "real-world", "tmx", "trados-workbench-utf16-doctype.tmx"));
  const text = new TextDecoder("utf-16le").decode(original).replace(/^\ufeff/u, "");
  const vietnamese = text.replace(/((?:xml:)?lang=")FR-FR(")/giu, "$1vi-VN$2");
  const file = path.join(dir, "trados.tmx");
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vietnamese, "utf16le")]));
  await page.getByLabel("TMX file").setInputFiles(file);
  await page.getByRole("button", { name: "Import TMX" }).click();
  await expect(page.getByText(/^Imported: \d+ new, \d+ updated, 1 skipped\.$/u)).toBeVisible();
  await expect(page.getByTestId("memory-skipped")).toContainText("1 unit repeating a Vietnamese source");

  await page
    .getByLabel("TMX file")
    .setInputFiles(path.join(FIXTURES, "real-world", "tmx", "okapi-aligner-paragraph-en-de.tmx"));
  await page.getByRole("button", { name: "Import TMX" }).click();
  await expect(page.getByText("Imported: 0 new, 0 updated, 7 skipped.")).toBeVisible();
  await expect(page.getByTestId("memory-skipped")).toHaveText("7 units without a Vietnamese variant (vi, vi-VN)");
  await screens(page, "memory-tmx-skipped");
});
