import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { UPLOAD_LIMITS, uploadTooLarge, type UploadKind } from "@/lib/uploads/limits";
import { sendUpload } from "@/lib/uploads/send";
import { formField } from "@/lib/uploads/form-field";

const MB = 1024 * 1024;

describe("upload limits", () => {
  it("are the documented ones: 1 MB article text, 10 MB XLIFF and TMX", () => {
    expect(UPLOAD_LIMITS.article.maxBytes).toBe(1 * MB);
    expect(UPLOAD_LIMITS.xliff.maxBytes).toBe(10 * MB);
    expect(UPLOAD_LIMITS.tmx.maxBytes).toBe(10 * MB);
  });

  it("accept a file of exactly the limit and refuse one byte more, with the sizes", () => {
    expect(uploadTooLarge("xliff", 10 * MB)).toBeNull();
    expect(uploadTooLarge("xliff", 11 * MB)).toEqual({
      code: "XLIFF_TOO_LARGE",
      params: { bytes: 11 * MB, maxBytes: 10 * MB, sizeMb: 11, limitMb: 10 },
    });
    expect(uploadTooLarge("article", MB + 1)?.code).toBe("IMPORT_TOO_LARGE");
    expect(uploadTooLarge("tmx", 10 * MB + 1)?.code).toBe("TMX_TOO_LARGE");
  });

  // The words a user sees (components/ui/error-message.tsx): a message missing a parameter would show
  // its raw key ("errors.XLIFF_TOO_LARGE") instead.
  for (const locale of ["en", "de", "vi"] as const) {
    it(`say what the limit is in ${locale}`, () => {
      const t = createTranslator({
        locale,
        messages: loadMessages(locale) as never,
        namespace: "errors" as never,
        onError: (error) => {
          throw error;
        },
      }) as unknown as (key: string, params?: Record<string, number>) => string;
      const expected: Record<UploadKind, RegExp> = {
        article: /1[.,\u00a0 ]?048[.,\u00a0 ]?576/,
        xliff: /\b10 MB\b/,
        tmx: /\b10 MB\b/,
      };
      for (const kind of Object.keys(UPLOAD_LIMITS) as UploadKind[]) {
        const refusal = uploadTooLarge(kind, 11 * MB)!;
        expect(t(refusal.code, refusal.params), `${kind} in ${locale}`).toMatch(expected[kind]);
      }
      expect(t("UPLOAD_FAILED")).not.toMatch(/^errors\./);
    });
  }
});

describe("sendUpload", () => {
  it("turns a request that never got an answer into a coded failure", async () => {
    expect(await sendUpload(() => Promise.reject(new TypeError("Failed to fetch")))).toEqual({
      ok: false,
      code: "UPLOAD_FAILED",
    });
    expect(await sendUpload(() => Promise.resolve({ ok: true, data: 1 }))).toEqual({ ok: true, data: 1 });
  });
});

describe("formField", () => {
  it("reads a field of FormData and nothing else, so zod refuses a hand-made argument", () => {
    const form = new FormData();
    form.set("file", new File(["x"], "a.xlf"));
    expect(formField(form, "file")).toBeInstanceOf(File);
    expect(formField({ file: "x" }, "file")).toBeNull();
    expect(formField(null, "file")).toBeNull();
  });
});
