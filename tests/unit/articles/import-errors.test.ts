import fs from "node:fs";
import path from "node:path";
import { describe, it, expect } from "vitest";
import { AppError } from "@/lib/errors";
import { parseImport, parseJsonBundle, parsePlainText } from "@/lib/articles/parse-import";

function errorOf(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("import errors", () => {
  it("rejects empty and whitespace-only input", () => {
    expect(errorOf(() => parsePlainText("")).code).toBe("IMPORT_EMPTY");
    expect(errorOf(() => parsePlainText("\ufeff \r\n\t\n")).code).toBe("IMPORT_EMPTY");
    expect(errorOf(() => parseJsonBundle("  ")).code).toBe("IMPORT_EMPTY");
  });

  it("rejects binary input", () => {
    expect(errorOf(() => parsePlainText("PK\u0003\u0004\u0000\u0000abc")).code).toBe("IMPORT_BINARY");
    expect(errorOf(() => parsePlainText("\ufffd\ufffd\ufffdHa\ufffd\ufffdNoi\ufffd")).code).toBe("IMPORT_BINARY");
    // A single stray replacement character is text with a defect, left to the quality checks.
    expect(parsePlainText("Tiêu đề\nMột ký tự l\ufffdi trong bài viết dài.").title).toBe("Tiêu đề");
  });

  it("rejects more than 1 MB of text", () => {
    const error = errorOf(() => parsePlainText(`Tiêu đề\n${"Đây là một câu. ".repeat(70_000)}`));
    expect(error.code).toBe("IMPORT_TOO_LARGE");
    expect(error.params.maxBytes).toBe(1024 * 1024);
  });

  it("rejects text without a title", () => {
    expect(errorOf(() => parsePlainText("[ad_1]\n123 456\nBình luận (0)")).code).toBe("IMPORT_NO_TITLE");
  });

  it("rejects more than 5,000 segments", () => {
    const error = errorOf(() => parsePlainText(`Tiêu đề\n${"Câu ngắn. ".repeat(5_000)}`));
    expect(error.code).toBe("IMPORT_TOO_MANY_SEGMENTS");
    expect(parsePlainText(`Tiêu đề\n${"Câu ngắn. ".repeat(4_999)}`).segments).toHaveLength(5_000);
  });

  it("reports the line and column of a JSON syntax error", () => {
    const error = errorOf(() => parseJsonBundle('{\n  "title": "Tiêu đề",\n  "paragraphs": [tru]\n}'));
    expect(error.code).toBe("IMPORT_INVALID_JSON");
    expect(error.params).toEqual({ line: 3, column: 21 });
    expect(errorOf(() => parseJsonBundle('{"title": "x",}')).params).toEqual({ line: 1, column: 15 });
    expect(errorOf(() => parseJsonBundle('{"title": "Tiêu đề\\u00zz"}')).params).toEqual({ line: 1, column: 23 });
    expect(errorOf(() => parseJsonBundle("[".repeat(200_000))).code).toBe("IMPORT_INVALID_JSON");
  });

  it("reports the JSON path of a bundle that does not match the format", () => {
    const pathOf = (bundle: unknown) => errorOf(() => parseJsonBundle(JSON.stringify(bundle)));
    expect(pathOf({ paragraphs: [] }).params.path).toBe("title");
    expect(pathOf({ title: "T", paragraphs: ["Một.", { vi: "Hai.", kind: "quote" }] }).params.path).toBe(
      "paragraphs[1].kind",
    );
    expect(pathOf({ title: "T", paragraphs: [{ sentences: [{ vi: "Một." }, { de: "Zwei." }] }] }).params.path).toBe(
      "paragraphs[0].sentences[1].vi",
    );
    expect(pathOf({ title: "T", paragraph: [] }).params.path).toBe("paragraphs");
    expect(pathOf({ title: "T", paragraphs: [], extra: 1 }).params.path).toBe("extra");
    expect(pathOf({ title: "T", sourceUrl: "javascript:alert(1)", paragraphs: [] }).params.path).toBe("sourceUrl");
    expect(pathOf([1, 2]).code).toBe("IMPORT_INVALID_BUNDLE");
  });

  it("rejects an unknown format from untyped callers", () => {
    const input = { format: "docx", content: "x" } as unknown as Parameters<typeof parseImport>[0];
    expect(errorOf(() => parseImport(input)).code).toBe("IMPORT_UNKNOWN_FORMAT");
  });
});

describe("import error messages", () => {
  const root = path.resolve(import.meta.dirname, "../../..");
  const sources = fs.readdirSync(path.join(root, "lib/articles")).filter((name) => name.endsWith(".ts"));
  const codes = new Set(
    sources.flatMap((name) =>
      [...fs.readFileSync(path.join(root, "lib/articles", name), "utf8").matchAll(/AppError\("([A-Z_]+)"/g)].map(
        (m) => m[1]!,
      ),
    ),
  );
  const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

  it("has a message for every code in every locale, with the same placeholders", () => {
    expect(codes.size).toBeGreaterThanOrEqual(8);
    const bundles = ["en", "de", "vi"].map(
      (locale) =>
        JSON.parse(fs.readFileSync(path.join(root, `lib/i18n/messages/${locale}/articles.json`), "utf8")) as {
          errors: Record<string, string>;
        },
    );
    for (const code of codes) {
      const messages = bundles.map((bundle) => bundle.errors[code]);
      expect(
        messages.every((message) => typeof message === "string" && message.length > 0),
        code,
      ).toBe(true);
      expect(new Set(messages.map((message) => placeholders(message!).join())).size, code).toBe(1);
    }
  });
});
