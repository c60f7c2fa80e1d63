import { describe, expect, it } from "vitest";
import { family } from "./helpers";

describe("unit.* (converted quantities)", () => {
  it("accepts conversions within rounding (mph ↔ km/h, pounds ↔ kg, inch ↔ cm, °F ↔ °C)", () => {
    const rosa = {
      source:
        "Rosa vẫn đang thuộc tầm bão với tốc độ gió tối đa 85 dặm trên giờ, cách nam Punta Eugenia, Mexico 385 dặm.",
      de: "Rosa hat noch maximale Winde von 136 Kilometern pro Stunde und befindet sich 620 Kilometer südlich von Punta Eugenia, Mexiko.",
    };
    expect(family(rosa, "de", "unit")).toEqual([]);
    expect(family(rosa, "de", "number")).toEqual([]);
    expect(family({ source: "con lợn nặng 550 pound", de: "das 250 Kilo schwere Schwein" }, "de", "")).toEqual([]);
    expect(
      family({ source: "lượng mưa khoảng 2 đến 4 inch", de: "5 bis 10 Zentimeter Niederschlag" }, "de", ""),
    ).toEqual([]);
    expect(family({ source: "dưới cái nóng 80 độ", de: "sonnige 27 Grad" }, "de", "")).toEqual([]);
  });

  it("fires when the converted value is wrong", () => {
    expect(
      family(
        { source: "tốc độ gió tối đa 85 dặm trên giờ", de: "maximale Winde von 160 Kilometern pro Stunde" },
        "de",
        "unit",
      ),
    ).toEqual(["unit.conversion"]);
    expect(family({ source: "cách Mexico 385 dặm", de: "650 Kilometer von Mexiko" }, "de", "unit")).toEqual([
      "unit.conversion",
    ]);
  });
});

describe("currency.*", () => {
  it("accepts đô la ↔ US-Dollar ↔ $ and bảng ↔ Pfund ↔ £", () => {
    const s = {
      source: "Khoản bảo lãnh được ấn định trị giá 350.000 đô la.",
      de: "Die Kaution wurde auf 350.000 US-Dollar festgelegt.",
      en: "His bond has been set at $350,000.",
    };
    expect(family(s, "de", "currency")).toEqual([]);
    expect(family(s, "en", "currency")).toEqual([]);
    expect(family({ source: "với giá 125 triệu bảng", en: "for £125m" }, "en", "")).toEqual([]);
  });

  it("fires on a changed currency (VND, đồng, USD)", () => {
    expect(family({ source: "doanh thu 40.000 tỷ đồng", en: "revenue of $40 trillion" }, "en", "currency")).toEqual([
      "currency.mismatch",
    ]);
    expect(family({ source: "phạt 2.000 USD", de: "eine Geldbuße von 2.000 Euro" }, "de", "currency")).toEqual([
      "currency.mismatch",
    ]);
  });

  it("warns when the currency disappears", () => {
    expect(family({ source: "phạt 2.000 đô la", de: "eine Geldbuße von 2.000" }, "de", "currency")).toEqual([
      "currency.missing",
    ]);
  });
});
