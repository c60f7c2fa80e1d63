import { describe, expect, it } from "vitest";
import {
  AuthorizationError,
  ConnectionError,
  DeepLError,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
} from "deepl-node";
import { AppError } from "@/lib/errors";
import { providerFromEnv, TRANSLATION_ERROR_CODES, TranslationError } from "@/lib/translation";
import { glossaryDictionaries, mapDeeplError } from "@/lib/translation/deepl";
import { TMX_ERROR_CODES } from "@/lib/translation/tmx";
import en from "@/lib/i18n/messages/en/translation.json";
import de from "@/lib/i18n/messages/de/translation.json";
import vi from "@/lib/i18n/messages/vi/translation.json";

const settings = { englishVariant: "EN-GB", germanFormality: "default" } as const;

describe("TranslationError", () => {
  it("is an AppError with a code, params and a retryable flag", () => {
    const e = new TranslationError("MT_RATE_LIMITED", { attempts: 4 });
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("MT_RATE_LIMITED");
    expect(e.params).toEqual({ attempts: 4 });
    expect(e.retryable).toBe(true);
    expect(new TranslationError("MT_SERVER_ERROR").retryable).toBe(true);
    expect(new TranslationError("MT_NETWORK").retryable).toBe(true);
    for (const c of ["MT_QUOTA_EXCEEDED", "MT_AUTH_FAILED", "MT_NOT_CONFIGURED", "MT_REQUEST_TOO_LARGE"] as const)
      expect(new TranslationError(c).retryable).toBe(false);
  });
});

describe("mapDeeplError", () => {
  it("maps deepl-node errors to our codes", () => {
    expect(mapDeeplError(new AuthorizationError("x")).code).toBe("MT_AUTH_FAILED");
    expect(mapDeeplError(new QuotaExceededError("x")).code).toBe("MT_QUOTA_EXCEEDED");
    expect(mapDeeplError(new TooManyRequestsError("x")).code).toBe("MT_RATE_LIMITED");
    expect(mapDeeplError(new GlossaryNotFoundError("x")).code).toBe("MT_GLOSSARY_NOT_FOUND");
    expect(mapDeeplError(new ConnectionError("Connection failure: socket hang up")).params.reason).toBe("connection");
    const timeout = new ConnectionError("Connection failure: timeout of 10ms exceeded");
    expect(mapDeeplError(timeout)).toMatchObject({ code: "MT_NETWORK", params: { reason: "timeout" } });
    expect(mapDeeplError(new DeepLError("Service unavailable, message: x"))).toMatchObject({
      code: "MT_SERVER_ERROR",
      params: { status: 503 },
    });
    expect(
      mapDeeplError(new DeepLError("Unexpected status code: 500 Internal Server Error, content: {}")),
    ).toMatchObject({ code: "MT_SERVER_ERROR", params: { status: 500 } });
    expect(mapDeeplError(new DeepLError("Unexpected status code: 413 Payload Too Large")).code).toBe(
      "MT_REQUEST_TOO_LARGE",
    );
    expect(mapDeeplError(new DeepLError("Bad request, message: Too many texts"))).toMatchObject({
      code: "MT_BAD_REQUEST",
      params: { status: 400 },
    });
  });
  it("re-throws errors that are not DeepL's (bugs stay visible)", () => {
    expect(() => mapDeeplError(new TypeError("boom"))).toThrow(TypeError);
  });
});

describe("providerFromEnv", () => {
  it("throws MT_NOT_CONFIGURED without DEEPL_AUTH_KEY or with a bad server URL", () => {
    expect(() => providerFromEnv({}, settings)).toThrowError(expect.objectContaining({ code: "MT_NOT_CONFIGURED" }));
    expect(() => providerFromEnv({ DEEPL_AUTH_KEY: "  " }, settings)).toThrowError(
      expect.objectContaining({ code: "MT_NOT_CONFIGURED" }),
    );
    expect(() => providerFromEnv({ DEEPL_AUTH_KEY: "k", DEEPL_SERVER_URL: "ftp://x" }, settings)).toThrowError(
      expect.objectContaining({ code: "MT_NOT_CONFIGURED", params: { invalid: "DEEPL_SERVER_URL" } }),
    );
  });
  it("builds a DeepL provider", () => {
    expect(providerFromEnv({ DEEPL_AUTH_KEY: "k:fx", DEEPL_SERVER_URL: "http://127.0.0.1:1" }, settings).engine).toBe(
      "deepl",
    );
  });
});

describe("glossaryDictionaries", () => {
  it("splits entries into vi→de and vi→en, normalised, first term wins", () => {
    const d = glossaryDictionaries([
      { vi: "Ti\u0309nh u\u0309y", de: "Provinzparteikomitee", en: "Provincial Party Committee" },
      { vi: "Tỉnh ủy", de: "Parteikomitee der Provinz" },
      { vi: "nghìn  tỷ\tđồng", de: "Billionen VND", en: null },
      { vi: "", de: "leer" },
      { vi: "Hà Nội", en: " Hanoi " },
    ]);
    expect([...d.de]).toEqual([
      ["Tỉnh ủy", "Provinzparteikomitee"],
      ["nghìn tỷ đồng", "Billionen VND"],
    ]);
    expect([...d.en]).toEqual([
      ["Tỉnh ủy", "Provincial Party Committee"],
      ["Hà Nội", "Hanoi"],
    ]);
  });
});

describe("messages", () => {
  it("has an en/de/vi message for every translation and TMX error code", () => {
    for (const code of [...TRANSLATION_ERROR_CODES, ...TMX_ERROR_CODES]) {
      for (const m of [en, de, vi]) expect((m.errors as Record<string, string>)[code], code).toBeTruthy();
    }
  });
});
