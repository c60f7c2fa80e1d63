// The local DeepL-compatible server, spoken to over plain HTTP (what DeepL itself would answer): /v2/translate.
import { describe, expect, it } from "vitest";
import { form, KEY, setUpDeeplServer } from "./server-setup";

const { deepl, post } = setUpDeeplServer();

describe("local DeepL server: /v2/translate", () => {
  it("translates deterministically, bills code points of the texts only (not the context)", async () => {
    const body = form([
      ["text", "Năm 2025 tỉnh tăng 10,03 %."],
      ["text", "😀 và"],
      ["target_lang", "DE"],
      ["source_lang", "VI"],
      ["context", "Một đoạn văn rất dài làm ngữ cảnh.".repeat(10)],
      ["show_billed_characters", "1"],
    ]);
    const a = await post("/v2/translate", body);
    const b = await post("/v2/translate", body);
    expect(a.status).toBe(200);
    expect(a.json).toEqual(b.json);
    expect(a.json.translations).toEqual([
      { detected_source_language: "VI", text: "[DE] Jahr 2025 Provinz steigt 10,03 %.", billed_characters: 27 },
      { detected_source_language: "VI", text: "[DE] 😀 und", billed_characters: 4 },
    ]);
    expect(deepl.server.stats()).toMatchObject({
      requests: 2,
      translateRequests: 2,
      billedCharacters: 62,
      textsTranslated: 4,
    });
    expect(deepl.server.requests()[0]).toMatchObject({
      texts: ["Năm 2025 tỉnh tăng 10,03 %.", "😀 và"],
      target_lang: "DE",
      context: expect.stringContaining("ngữ cảnh"),
    });
  });

  it("refuses a wrong or missing auth key with 403", async () => {
    expect(
      (
        await post(
          "/v2/translate",
          form([
            ["text", "a"],
            ["target_lang", "DE"],
          ]),
          "wrong",
        )
      ).status,
    ).toBe(403);
    const res = await fetch(deepl.server.url + "/v2/usage");
    expect(res.status).toBe(403);
  });

  it("refuses 51 texts with 400 and a body over 128 KiB with 413", async () => {
    const many = form([
      ...Array.from({ length: 51 }, (_, i) => ["text", `t${i}`] as [string, string]),
      ["target_lang", "DE"],
    ]);
    const r1 = await post("/v2/translate", many);
    expect(r1.status).toBe(400);
    expect(r1.json.message).toMatch(/Too many texts/);
    const ok = await post(
      "/v2/translate",
      form([...Array.from({ length: 50 }, (_, i) => ["text", `t${i}`] as [string, string]), ["target_lang", "DE"]]),
    );
    expect(ok.status).toBe(200);
    const big = form([
      ["text", "ệ".repeat(15_000)],
      ["target_lang", "DE"],
    ]); // 135 000 bytes encoded
    expect((await post("/v2/translate", big)).status).toBe(413);
    expect(deepl.server.stats().billedCharacters).toBe(50 * 2 + 50 - 10 + 0); // t0..t9 = 2 cp, t10..t49 = 3 cp
  });

  it("honours formality only where DeepL allows it", async () => {
    const t = (target: string, formality: string) =>
      post(
        "/v2/translate",
        form([
          ["text", "Bạn khỏe không?"],
          ["target_lang", target],
          ["source_lang", "VI"],
          ["formality", formality],
        ]),
      );
    expect((await t("DE", "prefer_more")).json.translations[0].text).toMatch(/^\[DE·Sie\] /);
    expect((await t("DE", "less")).json.translations[0].text).toMatch(/^\[DE·du\] /);
    expect((await t("EN-GB", "prefer_more")).json.translations[0].text).toMatch(/^\[EN-GB\] /);
    expect((await t("EN-US", "more")).status).toBe(400);
  });

  it("refuses tag handling for Vietnamese source", async () => {
    expect(
      (
        await post(
          "/v2/translate",
          form([
            ["text", "<b>a</b>"],
            ["target_lang", "DE"],
            ["source_lang", "VI"],
            ["tag_handling", "html"],
          ]),
        )
      ).status,
    ).toBe(400);
  });

  it("enforces the character quota with 456 and reports usage", async () => {
    deepl.server.configure({ characterLimit: 10 });
    expect(
      (
        await post(
          "/v2/translate",
          form([
            ["text", "12345"],
            ["target_lang", "DE"],
          ]),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          "/v2/translate",
          form([
            ["text", "123456"],
            ["target_lang", "DE"],
          ]),
        )
      ).status,
    ).toBe(456);
    const usage = await fetch(deepl.server.url + "/v2/usage", { headers: { authorization: `DeepL-Auth-Key ${KEY}` } });
    expect(await usage.json()).toEqual({ character_count: 5, character_limit: 10 });
  });
});
