import { describe, expect, it } from "vitest";
import { runMachineTranslation, type MtSegment } from "@/lib/translation/run";
import { TranslationError, type TranslationProvider, type TranslationRequest } from "@/lib/translation/types";

function fakeProvider(failOnCall?: number) {
  const calls: TranslationRequest[] = [];
  const provider: TranslationProvider = {
    engine: "fake",
    async translate(req) {
      calls.push(req);
      if (failOnCall !== undefined && calls.length === failOnCall) throw new TranslationError("MT_QUOTA_EXCEEDED");
      return req.texts.map((t) => ({ text: `${req.target}:${t}`, billedCharacters: [...t].length }));
    },
    async usage() {
      return { characterCount: 0, characterLimit: null };
    },
    async syncGlossary() {
      return null;
    },
  };
  return { provider, calls };
}

const seg = (id: string, source: string, paragraph = "P", extra: Partial<MtSegment> = {}): MtSegment => ({
  id,
  source,
  paragraph,
  ...extra,
});

describe("runMachineTranslation", () => {
  it("sends only missing, translatable segments; fills exact TM matches without calling the provider", async () => {
    const { provider, calls } = fakeProvider();
    const segments = [
      seg("1", "Câu một.", "Câu một. Câu hai."),
      seg("2", "Câu hai.", "Câu một. Câu hai.", { existing: { de: "Satz zwei." } }),
      seg("3", "Ti\u0309nh u\u0309y  họp.", "Đoạn hai."), // TM hit after NFC + whitespace normalisation
      seg("4", "[Anzeige_2]", "x", { translatable: false }),
      seg("5", "   ", "x"),
    ];
    const res = await runMachineTranslation({
      provider,
      headline: "Tiêu đề",
      segments,
      tmExact: (norm, target) => (norm === "Tỉnh ủy họp." ? `${target}-TM` : null),
      glossaryId: "g1",
    });
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ target: "de", texts: ["Câu một."], glossaryId: "g1" });
    expect(calls[0]!.context).toBe("Tiêu đề\n\nCâu một. Câu hai.");
    expect(calls[1]).toMatchObject({ target: "en", texts: ["Câu một.", "Câu hai."] });
    expect(res.fills).toContainEqual({
      segmentId: "3",
      target: "de",
      text: "de-TM",
      origin: "tm",
      billedCharacters: 0,
    });
    expect(res.fills).toContainEqual({
      segmentId: "3",
      target: "en",
      text: "en-TM",
      origin: "tm",
      billedCharacters: 0,
    });
    expect(res.fills.some((f) => f.segmentId === "4" || f.segmentId === "5")).toBe(false);
    expect(res.fills.some((f) => f.segmentId === "2" && f.target === "de")).toBe(false);
    expect(res.billedCharacters).toEqual({ de: 8, en: 16 });
    expect(res.requests).toBe(2);
  });

  it("translates repeated sources once and fills every occurrence (billed once)", async () => {
    const { provider, calls } = fakeProvider();
    const res = await runMachineTranslation({
      provider,
      headline: "H",
      segments: [seg("a", "Ảnh: TTXVN"), seg("b", "Ảnh:  TTXVN")],
      targets: ["de"],
    });
    expect(calls[0]!.texts).toEqual(["Ảnh: TTXVN"]);
    expect(res.fills.map((f) => [f.segmentId, f.text, f.billedCharacters])).toEqual([
      ["a", "de:Ảnh: TTXVN", 10],
      ["b", "de:Ảnh: TTXVN", 0],
    ]);
  });

  it("batches ≈ ⌈segments/50⌉ requests per language", async () => {
    const { provider, calls } = fakeProvider();
    const segments = Array.from({ length: 101 }, (_, i) => seg(`s${i}`, `Câu số ${i}.`, `Đoạn ${Math.floor(i / 5)}`));
    await runMachineTranslation({ provider, headline: "H", segments });
    expect(calls.map((c) => [c.target, c.texts.length])).toEqual([
      ["de", 50],
      ["de", 50],
      ["de", 1],
      ["en", 50],
      ["en", 50],
      ["en", 1],
    ]);
  });

  it("is all-or-nothing: a fault in a later batch throws and returns no partial fills", async () => {
    const { provider } = fakeProvider(2);
    const segments = Array.from({ length: 60 }, (_, i) => seg(`s${i}`, `Câu ${i}.`));
    await expect(runMachineTranslation({ provider, headline: "H", segments })).rejects.toMatchObject({
      code: "MT_QUOTA_EXCEEDED",
    });
  });

  it("commits memory chunks and each provider batch in order; a later fault keeps earlier commits", async () => {
    const { provider } = fakeProvider(2);
    const segments = [seg("m", "Nhớ."), ...Array.from({ length: 60 }, (_, i) => seg(`s${i}`, `Câu ${i}.`))];
    const commits: { target: string; origin: string; n: number; billed: number; requests: number }[] = [];
    const run = runMachineTranslation({
      provider,
      headline: "H",
      segments,
      targets: ["de"],
      tmExact: (norm) => (norm === "Nhớ." ? "Erinnert." : null),
      commit: (c) => {
        commits.push({
          target: c.target,
          origin: c.origin,
          n: c.fills.length,
          billed: c.billedCharacters,
          requests: c.requests,
        });
      },
    });
    await expect(run).rejects.toMatchObject({ code: "MT_QUOTA_EXCEEDED" });
    expect(commits).toEqual([
      { target: "de", origin: "tm", n: 1, billed: 0, requests: 0 },
      { target: "de", origin: "mt", n: 50, billed: 10 * 6 + 40 * 7, requests: 1 },
    ]);
  });
});
