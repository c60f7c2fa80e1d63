// The real deepl-node client, through our provider, against the local DeepL-compatible server:
// translating, article runs, usage. Glossaries and faults: provider-glossary.test.ts, provider-faults.test.ts.
import { describe, expect, it } from "vitest";
import { DeepLClient } from "deepl-node";
import { providerFromEnv, runMachineTranslation, type MtSegment } from "@/lib/translation";
import { mapDeeplError } from "@/lib/translation/deepl";
import { codeOf, KEY, setUpDeeplServer } from "./provider-setup";

const { deepl, provider, translateRequests } = setUpDeeplServer();

describe("translate", () => {
  it("sends vi → de / en-GB / en-US with context and formality where DeepL supports it", async () => {
    const p = provider({ germanFormality: "more" });
    const de = await p.translate({
      texts: ["Năm 2025 tỉnh tăng 10,03 %."],
      target: "de",
      context: "Tin Quảng Ninh\n\nĐoạn văn.",
    });
    expect(de).toEqual([{ text: "[DE·Sie] Jahr 2025 Provinz steigt 10,03 %.", billedCharacters: 27 }]);
    const gb = await p.translate({ texts: ["Năm 2025 và"], target: "en" });
    expect(gb[0]!.text).toBe("[EN-GB] Year 2025 and");
    const us = await provider({ englishVariant: "EN-US", germanFormality: "less" }).translate({
      texts: ["và"],
      target: "en",
    });
    expect(us[0]!.text).toBe("[EN-US] and");
    const [r1, r2, r3] = translateRequests();
    expect(r1).toMatchObject({
      target_lang: "DE",
      source_lang: "VI",
      formality: "prefer_more",
      context: "Tin Quảng Ninh\n\nĐoạn văn.",
    });
    expect(r1!.params).toMatchObject({ show_billed_characters: "1" });
    expect(r2).toMatchObject({ target_lang: "EN-GB", formality: undefined, context: undefined });
    expect(r3).toMatchObject({ target_lang: "EN-US", formality: undefined });
    expect(deepl.server.stats().billedCharacters).toBe(27 + 11 + 2);
  });

  it("returns empty results for empty texts without sending them", async () => {
    const res = await provider().translate({ texts: ["", "  ", "và"], target: "de" });
    expect(res).toEqual([
      { text: "", billedCharacters: 0 },
      { text: "", billedCharacters: 0 },
      { text: "[DE] und", billedCharacters: 2 },
    ]);
    expect(translateRequests()[0]!.texts).toEqual(["và"]);
  });

  it("splits a request above 50 texts itself (the server refuses 51 texts from a raw client)", async () => {
    const texts = Array.from({ length: 51 }, (_, i) => `Câu ${i}`);
    const raw = new DeepLClient(KEY, { serverUrl: deepl.server.url, maxRetries: 1 });
    const err = await raw.translateText(texts, "vi", "de").catch((e: unknown) => e);
    expect(mapDeeplError(err)).toMatchObject({ code: "MT_BAD_REQUEST", params: { status: 400 } });
    expect(translateRequests()[0]).toMatchObject({ status: 400 });

    const res = await provider().translate({ texts, target: "de", context: "ctx" });
    expect(res).toHaveLength(51);
    expect(res[50]!.text).toBe("[DE] Câu 50");
    expect(
      translateRequests()
        .slice(1)
        .map((r) => [r.texts!.length, r.context, r.status]),
    ).toEqual([
      [50, "ctx", 200],
      [1, "ctx", 200],
    ]);
  });

  it("refuses a single text too large for any request (MT_REQUEST_TOO_LARGE) without sending it", async () => {
    const e = await codeOf(provider().translate({ texts: ["ệ".repeat(15_000)], target: "de" }));
    expect(e.code).toBe("MT_REQUEST_TOO_LARGE");
    expect(deepl.server.stats().requests).toBe(0);
  });

  it("works through providerFromEnv", async () => {
    const p = providerFromEnv(
      { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: deepl.server.url, DEEPL_RETRY_BASE_MS: "1" },
      { englishVariant: "EN-US", germanFormality: "default" },
    );
    expect((await p.translate({ texts: ["và"], target: "en" }))[0]!.text).toBe("[EN-US] and");
  });
});

describe("an article run (batching, context, TM, only missing segments)", () => {
  const headline = "Quảng Ninh thu 40.000 tỷ đồng";
  const segments: MtSegment[] = Array.from({ length: 120 }, (_, i) => {
    const para = Math.floor(i / 6);
    return {
      id: `s${i}`,
      source: `Câu ${i} của đoạn ${para}.`,
      paragraph: `Đoạn ${para}: ${Array.from({ length: 6 }, (_, k) => `câu ${para * 6 + k}`).join(" ")}`,
    };
  });

  it("sends ⌈120/50⌉ = 3 requests per language, each with headline + its paragraphs as context", async () => {
    const res = await runMachineTranslation({ provider: provider(), headline, segments });
    const reqs = translateRequests();
    expect(reqs.map((r) => [r.target_lang, r.texts!.length])).toEqual([
      ["DE", 50],
      ["DE", 50],
      ["DE", 20],
      ["EN-GB", 50],
      ["EN-GB", 50],
      ["EN-GB", 20],
    ]);
    expect(reqs.every((r) => r.status === 200)).toBe(true);
    expect(reqs[0]!.context!.startsWith(`${headline}\n\nĐoạn 0: `)).toBe(true);
    expect(reqs[0]!.context).toContain("Đoạn 8: "); // s48, s49 belong to paragraph 8
    expect(reqs[0]!.context).not.toContain("Đoạn 9: ");
    expect(reqs[1]!.context).toContain("Đoạn 8: "); // paragraph 8 spans batches 1 and 2
    expect(res.fills).toHaveLength(240);
    const billed = segments.reduce((n, s) => n + [...s.source].length, 0);
    expect(res.billedCharacters).toEqual({ de: billed, en: billed });
    expect(deepl.server.stats().billedCharacters).toBe(2 * billed);
  });

  it("sends only what is missing and takes exact TM matches", async () => {
    const withExisting = segments.map((s, i) => ({ ...s, existing: i < 100 ? { de: "x", en: "y" } : {} }));
    const res = await runMachineTranslation({
      provider: provider(),
      headline,
      segments: withExisting,
      tmExact: (norm, target) => (norm === "Câu 119 của đoạn 19." ? `TM ${target}` : null),
    });
    expect(translateRequests().map((r) => r.texts!.length)).toEqual([19, 19]);
    expect(res.fills.filter((f) => f.origin === "tm").map((f) => f.text)).toEqual(["TM de", "TM en"]);
  });

  it("writes nothing when DeepL fails half-way (456 on the second batch)", async () => {
    deepl.server.setFault({ status: 456, afterRequests: 1, path: "/v2/translate" });
    const e = await codeOf(runMachineTranslation({ provider: provider(), headline, segments }));
    expect(e.code).toBe("MT_QUOTA_EXCEEDED");
    expect(translateRequests()).toHaveLength(2);
  });
});

describe("usage", () => {
  it("reports billed characters and the limit", async () => {
    const p = provider();
    await p.translate({ texts: ["Tỉnh ủy", "😀"], target: "de", context: "ngữ cảnh không tính phí" });
    expect(await p.usage()).toEqual({ characterCount: 8, characterLimit: 500_000 });
  });
});
