// Issue 12, what the fresh set of 2026-11-28 showed beyond the earlier fixes (classes 1, 3, 5, 8):
// German whole-number words, day lists, rounding of conversions, multiplicatives and identifiers.
// Each class: a correct rendering stays quiet in German and English, a wrong one is caught. Own
// sentences, none from the evaluation sets.
import { describe, expect, it } from "vitest";
import { family } from "./helpers";

const NUM = "number";

describe("1 German whole-number words and hundreds without digits", () => {
  it("reads zweiunddreißigtausend as 32,000 and flags zweiundvierzigtausend", () => {
    const source = "Huyện có khoảng ba mươi hai nghìn hộ dân sống bằng nghề biển.";
    const de = "Im Kreis leben rund zweiunddreißigtausend Haushalte vom Meer.";
    const en = "About thirty-two thousand households in the district live off the sea.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
    const wrong = "Im Kreis leben rund zweiundvierzigtausend Haushalte vom Meer.";
    expect(family({ source, de: wrong }, "de", NUM)).toEqual(["number.mismatch"]);
  });
  it("leaves a bare tausend as loose as ngàn", () => {
    const source = "Ngôi chùa đã tồn tại gần ngàn năm.";
    expect(family({ source, de: "Die Pagode steht seit fast tausend Jahren." }, "de", NUM)).toEqual([]);
  });
  it("flags sechstausend / six thousand for sáu trăm, and a changed hundred", () => {
    const source = "Hơn sáu trăm công nhân được nhận thưởng Tết.";
    expect(family({ source, de: "Mehr als sechshundert Arbeiter erhielten einen Tết-Bonus." }, "de", NUM)).toEqual([]);
    expect(family({ source, en: "More than six hundred workers received a Tết bonus." }, "en", NUM)).toEqual([]);
    expect(family({ source, de: "Mehr als sechstausend Arbeiter erhielten einen Tết-Bonus." }, "de", NUM)).not.toEqual(
      [],
    );
    expect(family({ source, en: "More than eight hundred workers received a Tết bonus." }, "en", NUM)).not.toEqual([]);
  });
});

describe("1 halves spelled out before a magnitude", () => {
  it("reads zweieinhalb / anderthalb / two and a half million", () => {
    const source = "Khoảng 2,5 triệu lượt khách đến Phú Quốc, riêng tháng 7 là 1,5 triệu.";
    const de = "Rund zweieinhalb Millionen Besucher kamen nach Phú Quốc, allein im Juli anderthalb Millionen.";
    const en = "About two and a half million visitors came to Phú Quốc, one and a half million in July alone.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
    const wrong = "About three and a half million visitors came to Phú Quốc, one and a half million in July alone.";
    expect(family({ source, en: wrong }, "en", NUM)).toEqual(["number.mismatch"]);
  });
  it("reads rưỡi after the magnitude or the counted word as a half", () => {
    const source = "Chuyến đi mất 3 tiếng rưỡi, chi phí khoảng hai triệu rưỡi đồng.";
    const de = "Die Fahrt dauert dreieinhalb Stunden und kostet rund 2,5 Millionen Dong.";
    const en = "The trip takes three and a half hours and costs about 2.5 million dong.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
    const wrong = "The trip takes three and a half hours and costs about 2 million dong.";
    expect(family({ source, en: wrong }, "en", NUM)).not.toEqual([]);
  });
});

describe("1 a magnitude word opening the sentence", () => {
  it("reads Billions / Hundreds at the start like billions / hundreds", () => {
    const source = "Hàng nghìn tỷ đồng vốn ngân sách chưa được giải ngân.";
    const right = "Trillions of dong in budget funds have not been disbursed.";
    expect(family({ source, en: right }, "en", NUM)).toEqual([]);
    const wrong = "Billions of dong in budget funds have not been disbursed.";
    expect(family({ source, en: wrong }, "en", NUM)).toEqual(["number.magnitude-mismatch"]);
    const few = "Vài chục hộ dân phải sơ tán.";
    expect(family({ source: few, en: "Dozens of households had to be evacuated." }, "en", NUM)).toEqual([]);
    expect(family({ source: few, en: "Hundreds of households had to be evacuated." }, "en", NUM)).toEqual([
      "number.magnitude-mismatch",
    ]);
  });
});

describe("3 lists of days sharing one month", () => {
  const source = "Học sinh toàn tỉnh được nghỉ học ngày 4 và 5/2 để tránh rét.";
  it("pairs ngày 4 và 5/2 with am 4. und 5. Februar and February 4 and 5", () => {
    const de = "Die Schüler der Provinz haben am 4. und 5. Februar wegen der Kälte schulfrei.";
    const en = "Students across the province have February 4 and 5 off because of the cold.";
    for (const lang of ["de", "en"] as const) {
      expect(family({ source, de, en }, lang, "date")).toEqual([]);
      expect(family({ source, de, en }, lang, NUM)).toEqual([]);
    }
  });
  it("flags a wrong day in the list", () => {
    const de = "Die Schüler der Provinz haben am 4. und 6. Februar wegen der Kälte schulfrei.";
    expect(family({ source, de }, "de", "date")).toEqual(["date.day-mismatch"]);
  });
  it("reads a longer list (4, 5 và 6/2) but not a comma alone (April 4, 5 people)", () => {
    const vi = "Lễ hội diễn ra các ngày 4, 5 và 6/2.";
    const en = "The festival runs on February 4, 5 and 6.";
    expect(family({ source: vi, en }, "en", "date")).toEqual([]);
    const vi2 = "Ngày 4/2, 5 người bị thương.";
    expect(family({ source: vi2, en: "On February 4, 5 people were injured." }, "en", NUM)).toEqual([]);
  });
});

describe("5 conversions in brackets are checked, not only tolerated", () => {
  it("accepts 39 °C (102 °F) and flags 39 °C (101 °F)", () => {
    const source = "Nhiệt độ tại Vinh lên tới 39 độ C.";
    expect(family({ source, en: "Temperatures in Vinh reached 39 °C (102 °F)." }, "en", NUM)).toEqual([]);
    expect(family({ source, en: "Temperatures in Vinh reached 39 °C (101 °F)." }, "en", NUM)).toEqual(["number.extra"]);
  });
  it("accepts a currency restatement at the going rate and flags one off by a magnitude", () => {
    const source = "Dự án có tổng vốn 2.000 tỷ đồng.";
    const de = "Das Projekt hat ein Volumen von 2.000 Milliarden Dong (rund 80 Millionen US-Dollar).";
    expect(family({ source, de }, "de", NUM)).toEqual([]);
    const wrong = "Das Projekt hat ein Volumen von 2.000 Milliarden Dong (rund 80 US-Dollar).";
    expect(family({ source, de: wrong }, "de", NUM)).toEqual(["number.extra"]);
    const en = "The project has a total capital of VND2 trillion (about $8 million).";
    expect(family({ source, en }, "en", NUM)).toEqual(["number.extra"]);
  });
});

describe("8 numbers written another way", () => {
  it("reads multiplicatives as numbers (gấp 4 lần ↔ vervierfacht ↔ quadrupled)", () => {
    const source = "Sản lượng thanh long xuất khẩu tăng gấp 4 lần.";
    const de = "Die Exportmenge an Drachenfrucht hat sich vervierfacht.";
    const en = "Dragon fruit export volume quadrupled.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
  });
  it("pairs decades written as words or two digits with the year (những năm 1990 ↔ Neunzigerjahre)", () => {
    const source = "Nhà máy được xây dựng từ những năm 1990, khu chợ từ những năm 80.";
    const de = "Die Fabrik wurde in den Neunzigerjahren gebaut, der Markt in den 80er-Jahren.";
    const en = "The factory was built in the nineties, the market in the 1980s.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
    const wrong = "The factory was built in the seventies, the market in the 1980s.";
    expect(family({ source, en: wrong }, "en", NUM)).not.toEqual([]);
  });
  it("reads achtmal like dreimal, and a dash range of days as no date", () => {
    const source = "Lượng mưa năm nay nhiều gấp 8 lần, lũ kéo dài từ 3-6 ngày.";
    const de = "Die Niederschläge waren dieses Jahr achtmal so hoch, die Flut dauerte 3 bis 6 Tage.";
    const en = "Rainfall this year was eight times as high, with floods lasting 3-6 days.";
    for (const lang of ["de", "en"] as const) {
      expect(family({ source, de, en }, lang, NUM)).toEqual([]);
      expect(family({ source, de, en }, lang, "date")).toEqual([]);
    }
  });
  it("keeps a version number at a sentence end from being a German date (USB 3.2.)", () => {
    const source = "Máy tính bảng hỗ trợ sạc nhanh và USB 3.2.";
    const de = "Das Tablet unterstützt Schnellladen und USB 3.2.";
    expect(family({ source, de }, "de", "date")).toEqual([]);
    expect(family({ source, de }, "de", NUM)).toEqual([]);
  });
  it("takes the currency code after an amount over the dollar sign before it ($45 triệu AUD)", () => {
    const source = "Chính phủ cam kết tài trợ thêm $45 triệu AUD.";
    const de = "Die Regierung sagte weitere 45 Millionen australische Dollar zu.";
    expect(family({ source, de }, "de", "currency")).toEqual([]);
    expect(family({ source, de: "Die Regierung sagte weitere 45 Millionen US-Dollar zu." }, "de", "currency")).toEqual([
      "currency.mismatch",
    ]);
  });
});
