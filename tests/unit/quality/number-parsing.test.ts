// Reading numbers per language (grouping, decimals, magnitudes) and the formats MT writes Vietnamese amounts in.
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/quality/extract/analyze";
import { parseNumeral } from "@/lib/quality/extract/numeral";
import { numeric } from "./numeric-issues";

describe("locale-aware parsing", () => {
  it("reads grouping and decimals per language", () => {
    expect(parseNumeral("380.000", "de")).toEqual([380000]);
    expect(parseNumeral("380,000", "en")).toEqual([380000]);
    expect(parseNumeral("10,5", "de")).toEqual([10.5]);
    expect(parseNumeral("10.5", "en")).toEqual([10.5]);
    expect(parseNumeral("1.234.567,5", "vi")).toEqual([1234567.5]);
    expect(parseNumeral("1,234,567.5", "en")).toEqual([1234567.5]);
    // Vietnamese copy sometimes uses English grouping: both readings stay possible.
    expect(parseNumeral("10,000", "vi")).toEqual([10000, 10]);
    // Strictly, "3.000" in English is three.
    expect(parseNumeral("3.000", "en")).toEqual([3]);
  });

  it("folds magnitude words, percentages and currencies into one value", () => {
    const vi = analyze("doanh thu 40.000 tỷ đồng, tăng 10,03 %", "vi").numbers;
    const en = analyze("revenue of 40 trillion dong, up 10.03%", "en").numbers;
    const de = analyze("Umsatz von 40 Billionen Dong, plus 10,03 Prozent", "de").numbers;
    for (const list of [vi, en, de]) {
      expect(list.map((n) => n.value)).toEqual([4e13, 10.03]);
      expect(list[0]?.currency).toBe("VND");
      expect(list[1]?.percent).toBe(true);
    }
    expect(analyze("£2.8bn", "en").numbers[0]?.value).toBe(2.8e9);
    expect(analyze("125 triệu bảng", "vi").numbers[0]).toMatchObject({ value: 1.25e8, currency: "GBP" });
  });
});

describe("MT formats of Vietnamese amounts", () => {
  it("accepts VND written before the amount", () => {
    expect(numeric({ source: "thu về 40.000 tỷ đồng", en: "earned VND40 trillion" }, "en")).toEqual([]);
    expect(numeric({ source: "thu về 40.000 tỷ đồng", en: "earned VND 40,000 billion" }, "en")).toEqual([]);
  });
  it("reads dash dates only after a cue, never a score", () => {
    expect(
      numeric({ source: "Hội nghị diễn ra ngày 24-3.", de: "Die Konferenz fand am 24. März statt." }, "de"),
    ).toEqual([]);
    expect(numeric({ source: "đội bóng thắng 1-0", de: "das Team gewann 1:0" }, "de")).toEqual([]);
  });
});
