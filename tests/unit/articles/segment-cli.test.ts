import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, it, expect } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function segment(
  content: string | Uint8Array,
  name = "article.txt",
): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-segment-"));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, ["lib/cli/duyet.ts", "segment", file], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("duyet segment", () => {
  it("prints one JSON object per segment", async () => {
    const result = await segment(
      "Giá xăng giảm\nTừ 15h hôm nay, giá giảm 1.000 đồng. TS. Lê Minh nói vậy.\nBình luận (0)\n",
    );
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([
      { paragraph: 0, kind: "title", text: "Giá xăng giảm" },
      { paragraph: 1, kind: "lead", text: "Từ 15h hôm nay, giá giảm 1.000 đồng." },
      { paragraph: 1, kind: "lead", text: "TS. Lê Minh nói vậy." },
      { paragraph: 2, kind: "boilerplate", text: "Bình luận (0)" },
    ]);
  });

  it("refuses a file with exit code 2 and the coded error on stderr", async () => {
    const result = await segment(" \n\n");
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("IMPORT_EMPTY: The import is empty.");
    const page = await segment("<!doctype html><html><body><nav>Trang chủ</nav></body></html>");
    expect(page.code).toBe(2);
    expect(page.stderr).toContain("IMPORT_HTML_NO_ARTICLE");
  });

  const lines = (stdout: string) =>
    stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { paragraph: number; kind: string; text: string });

  it("reads a saved web page, told by its content even in a .txt file", async () => {
    const html = fs.readFileSync(path.join(root, "tests/fixtures/html/vi-sample-page.html"));
    const result = await segment(html, "article.txt");
    expect(result.code).toBe(0);
    const segments = lines(result.stdout);
    expect(segments[0]).toEqual({ paragraph: 0, kind: "title", text: "Giá xăng giảm mạnh từ chiều nay" });
    expect(segments.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["lead", "caption", "body", "source", "byline"]),
    );
    expect(result.stdout).not.toContain("Bình luận");
  });

  it("reads a JSON bundle", async () => {
    const result = await segment(JSON.stringify({ title: "Giá xăng giảm", paragraphs: ["Từ 15h hôm nay, giá giảm."] }));
    expect(result.code).toBe(0);
    expect(lines(result.stdout).map((s) => s.kind)).toEqual(["title", "body"]);
  });
});
