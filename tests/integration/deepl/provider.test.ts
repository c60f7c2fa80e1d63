// The real deepl-node client, through our provider, against the local DeepL-compatible server.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DeepLClient } from "deepl-node";
import { startDeeplServer, type DeeplServer } from "@/tests/deepl-server/server";
import {
  createDeeplProvider,
  providerFromEnv,
  runMachineTranslation,
  TranslationError,
  type MtSegment,
  type TranslationSettings,
} from "@/lib/translation";
import { mapDeeplError, type DeeplProviderOptions } from "@/lib/translation/deepl";

const KEY = "integration-key";
let server: DeeplServer;

beforeAll(async () => {
  server = await startDeeplServer({ authKey: KEY });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.reset());

function provider(settings: Partial<TranslationSettings> = {}, opts: Partial<DeeplProviderOptions> = {}) {
  return createDeeplProvider({
    authKey: KEY,
    serverUrl: server.url,
    settings: { englishVariant: "EN-GB", germanFormality: "default", ...settings },
    timeoutMs: 2000,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...opts,
  });
}

async function codeOf(p: Promise<unknown>): Promise<TranslationError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TranslationError);
    return e as TranslationError;
  }
  throw new Error("expected a TranslationError");
}

const translateRequests = () => server.requests().filter((r) => r.path === "/v2/translate");

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
    expect(server.stats().billedCharacters).toBe(27 + 11 + 2);
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
    const raw = new DeepLClient(KEY, { serverUrl: server.url, maxRetries: 1 });
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
    expect(server.stats().requests).toBe(0);
  });

  it("works through providerFromEnv", async () => {
    const p = providerFromEnv(
      { DEEPL_AUTH_KEY: KEY, DEEPL_SERVER_URL: server.url, DEEPL_RETRY_BASE_MS: "1" },
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
    expect(server.stats().billedCharacters).toBe(2 * billed);
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
    server.setFault({ status: 456, afterRequests: 1, path: "/v2/translate" });
    const e = await codeOf(runMachineTranslation({ provider: provider(), headline, segments }));
    expect(e.code).toBe("MT_QUOTA_EXCEEDED");
    expect(translateRequests()).toHaveLength(2);
  });
});

describe("glossary (multilingual v3, vi→de and vi→en in one glossary)", () => {
  const entries = [
    { vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee" },
    { vi: "nghìn tỷ đồng", de: "Billionen VND", en: "trillion VND" },
    { vi: "Hà Nội", de: "Hanoi" },
  ];
  const text = "Tỉnh ủy Hà Nội chi 5 nghìn tỷ đồng.";

  it("is created, applied, re-synced in place, and deleted", async () => {
    const p = provider();
    const id = await p.syncGlossary(entries, null);
    expect(id).toBeTruthy();
    const [g] = server.glossaries();
    expect(g!.dictionaries.map((d) => [d.source_lang, d.target_lang, d.entries.size])).toEqual([
      ["vi", "de", 3],
      ["vi", "en", 2],
    ]);

    expect((await p.translate({ texts: [text], target: "de", glossaryId: id }))[0]!.text).toBe(
      "[DE] Provinzparteikomitee Hanoi chi 5 Billionen VND.",
    );
    expect((await p.translate({ texts: [text], target: "en", glossaryId: id }))[0]!.text).toBe(
      "[EN-GB] Provincial Party Committee Hanoi chi 5 trillion VND.",
    );
    expect(translateRequests().map((r) => r.glossary_id)).toEqual([id, id]);

    // a fresh process knows only the stored id; unchanged entries → reads only, no writes
    const p2 = provider();
    const kept = id;
    const before = server.stats().byPath;
    expect(await p2.syncGlossary(entries, kept)).toBe(kept);
    const after = server.stats().byPath;
    expect(after["PUT /v3/glossaries/" + kept + "/dictionaries"]).toBeUndefined();
    expect(
      (after["GET /v3/glossaries/" + kept + "/entries"] ?? 0) -
        (before["GET /v3/glossaries/" + kept + "/entries"] ?? 0),
    ).toBe(2);

    // changed German term, English terms removed → same id, de replaced, en dictionary deleted
    const changed = [{ vi: "Tỉnh ủy", de: "Parteikomitee der Provinz" }];
    expect(await p2.syncGlossary(changed, kept)).toBe(kept);
    expect(server.stats().byPath["PUT /v3/glossaries/" + kept + "/dictionaries"]).toBe(1);
    expect(server.stats().byPath["DELETE /v3/glossaries/" + kept + "/dictionaries"]).toBe(1);
    const [g2] = server.glossaries();
    expect(g2!.glossary_id).toBe(kept);
    expect(g2!.dictionaries.map((d) => [d.target_lang, [...d.entries]])).toEqual([
      ["de", [["Tỉnh ủy", "Parteikomitee der Provinz"]]],
    ]);
    expect((await p2.translate({ texts: [text], target: "de", glossaryId: kept }))[0]!.text).toContain(
      "Parteikomitee der Provinz",
    );
    // no vi→en dictionary any more: English is translated without the glossary instead of failing
    expect((await p2.translate({ texts: [text], target: "en", glossaryId: kept }))[0]!.text).toMatch(/^\[EN-GB\] /);
    expect(translateRequests().at(-1)).toMatchObject({ status: 200, glossary_id: undefined });

    // no entries → glossary deleted, null returned
    expect(await p2.syncGlossary([], kept)).toBeNull();
    expect(server.glossaries()).toHaveLength(0);
  });

  it("re-creates a glossary deleted on DeepL's side; translating with an unknown id fails clearly", async () => {
    const p = provider();
    const e = await codeOf(p.translate({ texts: ["a"], target: "de", glossaryId: "does-not-exist" }));
    expect(e.code).toBe("MT_GLOSSARY_NOT_FOUND");
    const id = await p.syncGlossary(entries, "does-not-exist");
    expect(id).not.toBe("does-not-exist");
    expect(server.glossaries().map((g) => g.glossary_id)).toEqual([id]);
  });

  it("lists, gets entries and deletes through deepl-node directly", async () => {
    const id = await provider().syncGlossary(entries, null);
    const client = new DeepLClient(KEY, { serverUrl: server.url, maxRetries: 1 });
    expect((await client.listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([id]);
    const de = await client.getMultilingualGlossaryDictionaryEntries(id!, "vi", "de");
    expect(de.entries.entries()).toEqual({
      "Tỉnh ủy": "Provinzparteikomitee",
      "nghìn tỷ đồng": "Billionen VND",
      "Hà Nội": "Hanoi",
    });
    await client.deleteMultilingualGlossary(id!);
    await expect(client.getMultilingualGlossary(id!)).rejects.toThrow(/not found/i);
  });
});

describe("usage", () => {
  it("reports billed characters and the limit", async () => {
    const p = provider();
    await p.translate({ texts: ["Tỉnh ủy", "😀"], target: "de", context: "ngữ cảnh không tính phí" });
    expect(await p.usage()).toEqual({ characterCount: 8, characterLimit: 500_000 });
  });
});

describe("faults", () => {
  const t = (p = provider()) => p.translate({ texts: ["và"], target: "de" });

  it("429 then success: retried with backoff", async () => {
    server.setFault({ status: 429, count: 2 });
    expect((await t())[0]!.text).toBe("[DE] und");
    expect(translateRequests().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it("backs off exponentially between attempts (injected sleep records the delays)", async () => {
    server.setFault({ status: 429, count: 3 });
    const delays: number[] = [];
    const p = provider(
      {},
      { retry: { attempts: 4, baseDelayMs: 100, maxDelayMs: 250 }, sleep: async (ms) => void delays.push(ms) },
    );
    await t(p);
    expect(delays).toHaveLength(3);
    expect(delays[0]).toBeGreaterThanOrEqual(75);
    expect(delays[0]).toBeLessThanOrEqual(125);
    expect(delays[1]).toBeGreaterThanOrEqual(150);
    expect(delays[1]).toBeLessThanOrEqual(250);
    expect(delays[2]).toBeGreaterThanOrEqual(187); // capped at maxDelayMs (250 ± 25 %)
    expect(delays[2]).toBeLessThanOrEqual(313);
  });

  it("5xx retried (500, 502, 503)", async () => {
    server.setFault([{ status: 500 }, { status: 502 }, { status: 503 }]);
    expect((await t())[0]!.text).toBe("[DE] und");
    expect(translateRequests().map((r) => r.status)).toEqual([500, 502, 503, 200]);
  });

  it("persistent 429 / 5xx give up after the configured attempts with a retryable error", async () => {
    server.setFault({ status: 429, count: 10 });
    const e = await codeOf(t());
    expect(e).toMatchObject({
      code: "MT_RATE_LIMITED",
      retryable: true,
      params: expect.objectContaining({ attempts: 4 }),
    });
    expect(translateRequests()).toHaveLength(4);
    server.reset();
    server.setFault({ status: 503, count: 10 });
    expect(
      (await codeOf(provider({}, { retry: { attempts: 2, baseDelayMs: 1 } }).translate({ texts: ["a"], target: "de" })))
        .code,
    ).toBe("MT_SERVER_ERROR");
    expect(translateRequests()).toHaveLength(2);
  });

  it("456 → MT_QUOTA_EXCEEDED, not retried", async () => {
    server.setFault({ status: 456, count: 5 });
    expect(await codeOf(t())).toMatchObject({ code: "MT_QUOTA_EXCEEDED", retryable: false });
    expect(translateRequests()).toHaveLength(1);
  });

  it("quota reached on the server → MT_QUOTA_EXCEEDED", async () => {
    server.configure({ characterLimit: 1 });
    expect((await codeOf(t())).code).toBe("MT_QUOTA_EXCEEDED");
  });

  it("403 (injected, or a wrong key) → MT_AUTH_FAILED, not retried", async () => {
    server.setFault({ status: 403, count: 5 });
    expect(await codeOf(t())).toMatchObject({ code: "MT_AUTH_FAILED", retryable: false });
    expect(translateRequests()).toHaveLength(1);
    server.reset();
    expect((await codeOf(t(provider({}, { authKey: "wrong" })))).code).toBe("MT_AUTH_FAILED");
    expect((await codeOf(provider({}, { authKey: "wrong" }).usage())).code).toBe("MT_AUTH_FAILED");
  });

  it("dropped connection → MT_NETWORK, run stops (no retry)", async () => {
    server.setFault({ status: "drop", count: 5 });
    expect(await codeOf(t())).toMatchObject({
      code: "MT_NETWORK",
      params: expect.objectContaining({ reason: "connection" }),
    });
    expect(translateRequests()).toHaveLength(1);
  });

  it("server not listening → MT_NETWORK", async () => {
    const gone = await startDeeplServer({ authKey: KEY });
    const url = gone.url;
    await gone.close();
    const p = createDeeplProvider({
      authKey: KEY,
      serverUrl: url,
      settings: { englishVariant: "EN-GB", germanFormality: "default" },
      retry: { baseDelayMs: 1 },
    });
    expect((await codeOf(p.translate({ texts: ["a"], target: "de" }))).code).toBe("MT_NETWORK");
  });

  it("slow answer beyond the timeout → MT_NETWORK timeout, fast", async () => {
    server.setFault({ status: "slow", delayMs: 5_000 });
    const t0 = Date.now();
    expect(await codeOf(t(provider({}, { timeoutMs: 100 })))).toMatchObject({
      code: "MT_NETWORK",
      params: expect.objectContaining({ reason: "timeout" }),
    });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("slow answer within the timeout → success", async () => {
    server.setFault({ status: "slow", delayMs: 30 });
    expect((await t(provider({}, { timeoutMs: 1000 })))[0]!.text).toBe("[DE] und");
  });

  it("faults on glossary endpoints are mapped too", async () => {
    server.setFault({ status: 503, count: 1, path: "/v3/glossaries" });
    const id = await provider().syncGlossary([{ vi: "a", de: "b" }], null);
    expect(id).toBeTruthy();
    server.setFault({ status: 403, path: "/v3/glossaries" });
    expect((await codeOf(provider().syncGlossary([{ vi: "a", de: "c" }], id))).code).toBe("MT_AUTH_FAILED");
  });
});
