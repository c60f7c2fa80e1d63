import { describe, expect, it } from "vitest";
import { estimateCharacters, failedChargeState } from "@/lib/translation/charges";
import { TranslationError } from "@/lib/translation";

describe("MT cost ledger rules", () => {
  it("estimates what DeepL bills: code points of the texts sent, blank texts are never sent", () => {
    expect(estimateCharacters(["Hà Nội", "  ", "", "𝔸b"])).toBe(6 + 2); // "𝔸" is one code point, two UTF-16 units
    expect(estimateCharacters(["Tie\u0302\u0301ng"])).toBe(7); // combining marks are code points too
  });

  it("counts a failed request as refused only when DeepL's answer says it did nothing", () => {
    for (const code of [
      "MT_QUOTA_EXCEEDED",
      "MT_AUTH_FAILED",
      "MT_RATE_LIMITED",
      "MT_BAD_REQUEST",
      "MT_GLOSSARY_NOT_FOUND",
    ] as const) {
      expect(failedChargeState(new TranslationError(code)), code).toBe("refused");
    }
    for (const code of ["MT_NETWORK", "MT_SERVER_ERROR", "MT_INVALID_RESPONSE"] as const) {
      expect(failedChargeState(new TranslationError(code)), code).toBe("estimated");
    }
    expect(failedChargeState(new Error("crash"))).toBe("estimated");
  });
});
