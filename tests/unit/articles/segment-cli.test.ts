import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, it, expect } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

async function segment(content: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duyet-segment-"));
  const file = path.join(dir, "article.txt");
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

  it("explains an error on stderr and exits with 1", async () => {
    const result = await segment(" \n\n");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("The import is empty.");
  });
});
