import { describe, expect, it } from "vitest";
import { fuzzyPercent, memoryHashes, pickFuzzy, planExactFills, type FillSegment } from "@/lib/translation/memory-fill";
import { tmKey } from "@/lib/translation/tm-key";

const seg = (id: string, source: string, open: FillSegment["open"] = ["de", "en"], translatable = true) => ({
  id,
  source,
  open,
  translatable,
});

describe("exact fills from memory", () => {
  const unit = { hash: tmKey("Giá xăng tăng.").hash, de: "Benzin wird teurer.", en: null };

  it("fills the open languages the unit has a text for, and leaves the rest for the fuzzy pass", () => {
    const { fills, rest } = planExactFills([seg("s1", "Giá  xăng tăng."), seg("s2", "Trời mưa.")], [unit]);
    expect(fills).toEqual([{ segmentId: "s1", lang: "de", text: "Benzin wird teurer.", score: 1 }]);
    expect(rest).toEqual([seg("s1", "Giá  xăng tăng.", ["en"]), seg("s2", "Trời mưa.")]);
  });

  it("never fills a language that is not open, boilerplate, a blank source or a blank memory text", () => {
    const blank = { hash: tmKey("Trời mưa.").hash, de: "  ", en: "It rains." };
    const { fills } = planExactFills(
      [seg("s1", "Giá xăng tăng.", ["en"]), seg("s2", "Giá xăng tăng.", ["de"], false), seg("s3", "Trời mưa.")],
      [unit, blank],
    );
    expect(fills).toEqual([{ segmentId: "s3", lang: "en", text: "It rains.", score: 1 }]);
  });

  it("looks up each distinct source once", () => {
    const hashes = memoryHashes([seg("a", "Một."), seg("b", "Một. "), seg("c", "Hai."), seg("d", "Ba.", [])]);
    expect(hashes).toEqual([tmKey("Một.").hash, tmKey("Hai.").hash]);
  });
});

describe("fuzzy pre-fill", () => {
  const matches = [
    { score: 0.93, de: null, en: "First." },
    { score: 0.91, de: "Zweite.", en: null },
    { score: 0.8, de: "Dritte.", en: "Third." },
  ];

  it("takes the best match with a text in the language, at or above the threshold", () => {
    expect(pickFuzzy(matches, "en", 0.9)).toEqual({ text: "First.", score: 0.93 });
    expect(pickFuzzy(matches, "de", 0.9)).toEqual({ text: "Zweite.", score: 0.91 });
  });

  it("takes nothing below the threshold", () => {
    expect(pickFuzzy(matches, "de", 0.95)).toBeNull();
    expect(pickFuzzy([{ score: 0.899, de: "x", en: "x" }], "de", 0.9)).toBeNull();
  });

  it("shows the score rounded down", () => {
    expect(fuzzyPercent(0.929)).toBe(92);
    expect(fuzzyPercent(0.9)).toBe(90);
    expect(fuzzyPercent(0.8999)).toBe(89);
  });
});
