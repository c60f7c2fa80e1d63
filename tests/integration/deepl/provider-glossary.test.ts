// The provider's glossary handling against the local DeepL-compatible server.
import { describe, expect, it } from "vitest";
import { DeepLClient } from "deepl-node";
import { codeOf, KEY, setUpDeeplServer } from "./provider-setup";

const { deepl, provider, translateRequests } = setUpDeeplServer();

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
    const [g] = deepl.server.glossaries();
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
    const before = deepl.server.stats().byPath;
    expect(await p2.syncGlossary(entries, kept)).toBe(kept);
    const after = deepl.server.stats().byPath;
    expect(after["PUT /v3/glossaries/" + kept + "/dictionaries"]).toBeUndefined();
    expect(
      (after["GET /v3/glossaries/" + kept + "/entries"] ?? 0) -
        (before["GET /v3/glossaries/" + kept + "/entries"] ?? 0),
    ).toBe(2);

    // changed German term, English terms removed → same id, de replaced, en dictionary deleted
    const changed = [{ vi: "Tỉnh ủy", de: "Parteikomitee der Provinz" }];
    expect(await p2.syncGlossary(changed, kept)).toBe(kept);
    expect(deepl.server.stats().byPath["PUT /v3/glossaries/" + kept + "/dictionaries"]).toBe(1);
    expect(deepl.server.stats().byPath["DELETE /v3/glossaries/" + kept + "/dictionaries"]).toBe(1);
    const [g2] = deepl.server.glossaries();
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
    expect(deepl.server.glossaries()).toHaveLength(0);
  });

  it("re-creates a glossary deleted on DeepL's side; translating with an unknown id fails clearly", async () => {
    const p = provider();
    const e = await codeOf(p.translate({ texts: ["a"], target: "de", glossaryId: "does-not-exist" }));
    expect(e.code).toBe("MT_GLOSSARY_NOT_FOUND");
    const id = await p.syncGlossary(entries, "does-not-exist");
    expect(id).not.toBe("does-not-exist");
    expect(deepl.server.glossaries().map((g) => g.glossary_id)).toEqual([id]);
  });

  it("lists, gets entries and deletes through deepl-node directly", async () => {
    const id = await provider().syncGlossary(entries, null);
    const client = new DeepLClient(KEY, { serverUrl: deepl.server.url, maxRetries: 1 });
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
