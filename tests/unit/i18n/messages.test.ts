import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import { localeFromAcceptLanguage } from "@/lib/i18n/config";

// Every locale must say everything English says, with the same placeholders.
function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === "string") out.set(prefix, obj);
  else if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj))
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  }
  return out;
}
const params = (s: string) => [...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();

describe("messages", () => {
  const en = leaves(loadMessages("en"));
  for (const locale of ["de", "vi"] as const) {
    it(`${locale} has every English key with the same parameters`, () => {
      const other = leaves(loadMessages(locale));
      const missing = [...en.keys()].filter((k) => !other.has(k));
      expect(missing).toEqual([]);
      const extra = [...other.keys()].filter((k) => !en.has(k));
      expect(extra).toEqual([]);
      const wrongParams = [...en].filter(
        ([k, v]) => JSON.stringify(params(v)) !== JSON.stringify(params(other.get(k) ?? "")),
      );
      expect(wrongParams.map(([k]) => k)).toEqual([]);
    });
  }

  it("every error code the services throw has words", () => {
    const errors = loadMessages("en").errors as Record<string, string>;
    for (const code of [
      "UNAUTHENTICATED",
      "FORBIDDEN",
      "INVALID_INPUT",
      "INTERNAL",
      "TRANSLATION_CONFLICT",
      "REVIEW_REASON_REQUIRED",
      "IMPORT_INVALID_JSON",
      "IMPORT_TOO_LARGE",
      "MT_QUOTA_EXCEEDED",
      "XLIFF_DOCTYPE_FORBIDDEN",
    ]) {
      expect(errors[code], code).toBeTypeOf("string");
    }
  });
});

describe("Accept-Language", () => {
  it("picks the best supported language by q-value", () => {
    expect(localeFromAcceptLanguage("vi-VN,vi;q=0.9,en;q=0.8")).toBe("vi");
    expect(localeFromAcceptLanguage("fr-FR,de;q=0.7,en;q=0.5")).toBe("de");
    expect(localeFromAcceptLanguage("fr")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
