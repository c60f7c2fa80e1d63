// How the provider answers DeepL's failures (injected into the local server): retries, codes, timeouts.
import { describe, expect, it } from "vitest";
import { startDeeplServer } from "@/tests/deepl-server/server";
import { createDeeplProvider } from "@/lib/translation";
import { codeOf, KEY, setUpDeeplServer } from "./provider-setup";

const { deepl, provider, translateRequests } = setUpDeeplServer();

describe("faults", () => {
  const t = (p = provider()) => p.translate({ texts: ["và"], target: "de" });

  it("429 then success: retried with backoff", async () => {
    deepl.server.setFault({ status: 429, count: 2 });
    expect((await t())[0]!.text).toBe("[DE] und");
    expect(translateRequests().map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it("backs off exponentially between attempts (injected sleep records the delays)", async () => {
    deepl.server.setFault({ status: 429, count: 3 });
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
    deepl.server.setFault([{ status: 500 }, { status: 502 }, { status: 503 }]);
    expect((await t())[0]!.text).toBe("[DE] und");
    expect(translateRequests().map((r) => r.status)).toEqual([500, 502, 503, 200]);
  });

  it("persistent 429 / 5xx give up after the configured attempts with a retryable error", async () => {
    deepl.server.setFault({ status: 429, count: 10 });
    const e = await codeOf(t());
    expect(e).toMatchObject({
      code: "MT_RATE_LIMITED",
      retryable: true,
      params: expect.objectContaining({ attempts: 4 }),
    });
    expect(translateRequests()).toHaveLength(4);
    deepl.server.reset();
    deepl.server.setFault({ status: 503, count: 10 });
    expect(
      (await codeOf(provider({}, { retry: { attempts: 2, baseDelayMs: 1 } }).translate({ texts: ["a"], target: "de" })))
        .code,
    ).toBe("MT_SERVER_ERROR");
    expect(translateRequests()).toHaveLength(2);
  });

  it("456 → MT_QUOTA_EXCEEDED, not retried", async () => {
    deepl.server.setFault({ status: 456, count: 5 });
    expect(await codeOf(t())).toMatchObject({ code: "MT_QUOTA_EXCEEDED", retryable: false });
    expect(translateRequests()).toHaveLength(1);
  });

  it("quota reached on the server → MT_QUOTA_EXCEEDED", async () => {
    deepl.server.configure({ characterLimit: 1 });
    expect((await codeOf(t())).code).toBe("MT_QUOTA_EXCEEDED");
  });

  it("403 (injected, or a wrong key) → MT_AUTH_FAILED, not retried", async () => {
    deepl.server.setFault({ status: 403, count: 5 });
    expect(await codeOf(t())).toMatchObject({ code: "MT_AUTH_FAILED", retryable: false });
    expect(translateRequests()).toHaveLength(1);
    deepl.server.reset();
    expect((await codeOf(t(provider({}, { authKey: "wrong" })))).code).toBe("MT_AUTH_FAILED");
    expect((await codeOf(provider({}, { authKey: "wrong" }).usage())).code).toBe("MT_AUTH_FAILED");
  });

  it("dropped connection → MT_NETWORK, run stops (no retry)", async () => {
    deepl.server.setFault({ status: "drop", count: 5 });
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
    deepl.server.setFault({ status: "slow", delayMs: 5_000 });
    const t0 = Date.now();
    expect(await codeOf(t(provider({}, { timeoutMs: 100 })))).toMatchObject({
      code: "MT_NETWORK",
      params: expect.objectContaining({ reason: "timeout" }),
    });
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("slow answer within the timeout → success", async () => {
    deepl.server.setFault({ status: "slow", delayMs: 30 });
    expect((await t(provider({}, { timeoutMs: 1000 })))[0]!.text).toBe("[DE] und");
  });

  it("faults on glossary endpoints are mapped too", async () => {
    deepl.server.setFault({ status: 503, count: 1, path: "/v3/glossaries" });
    const id = await provider().syncGlossary([{ vi: "a", de: "b" }], null);
    expect(id).toBeTruthy();
    deepl.server.setFault({ status: 403, path: "/v3/glossaries" });
    expect((await codeOf(provider().syncGlossary([{ vi: "a", de: "c" }], id))).code).toBe("MT_AUTH_FAILED");
  });
});
