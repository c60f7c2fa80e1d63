// Issue 12, classes 1–5 and 8: numbers that translations legitimately write another way, and the
// errors hiding among them. Each class: a correct rendering in German and English stays quiet, a
// wrong one is caught. Own sentences (not from the evaluation sets).
import { describe, expect, it } from "vitest";
import { family } from "./helpers";

const NUM = "number";

describe("1 magnitudes without digits", () => {
  const source = "Dự án thu hút bảy triệu lượt khách và hàng tỷ đồng vốn tư nhân.";
  it("accepts number words with their magnitude and vague quantities", () => {
    const de = "Das Projekt zog sieben Millionen Besucher und Milliarden Dong an privatem Kapital an.";
    const en = "The project drew seven million visitors and billions of dong in private capital.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
  });
  it("flags a swapped magnitude word after a number word and on a vague quantity", () => {
    const de = "Das Projekt zog sieben Milliarden Besucher und Millionen Dong an privatem Kapital an.";
    const en = "The project drew seven billion visitors and millions of dong in private capital.";
    expect(family({ source, de }, "de", NUM)).toEqual(["number.magnitude-mismatch", "number.magnitude-mismatch"]);
    expect(family({ source, en }, "en", NUM)).toEqual(["number.magnitude-mismatch", "number.magnitude-mismatch"]);
  });
  it("reads compound number words beyond twelve and hàng trăm nghìn / ngàn", () => {
    const vi = "Hai mươi lăm xã với hàng trăm nghìn hộ dân nhận hỗ trợ, gần ba ngàn hộ đã nhận tiền.";
    const de =
      "Fünfundzwanzig Gemeinden mit Hunderttausenden Haushalten erhalten Hilfe, knapp dreitausend haben sie erhalten.";
    const en =
      "Twenty-five communes with hundreds of thousands of households get support; nearly 3,000 have been paid.";
    expect(family({ source: vi, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source: vi, de, en }, "en", NUM)).toEqual([]);
    const wrong = "Twenty-five communes with tens of thousands of households get support; nearly 3,000 have been paid.";
    expect(family({ source: vi, en: wrong }, "en", NUM)).toEqual(["number.magnitude-mismatch"]);
  });
});

describe("2 Roman numerals and ordinals", () => {
  const source = "Trong quý III, đại biểu Quốc hội khóa XV đã họp lần thứ 6.";
  it("pairs a Roman numeral with an ordinal word or an ordinal number", () => {
    const de = "Im dritten Quartal kamen die Abgeordneten der 15. Legislaturperiode zum 6. Mal zusammen.";
    const en = "In the third quarter, deputies of the 15th National Assembly met for the sixth time.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
  });
  it("flags a wrong ordinal for the Roman numeral", () => {
    const en = "In the third quarter, deputies of the 14th National Assembly met for the sixth time.";
    expect(family({ source, en }, "en", NUM)).toEqual(["number.mismatch"]);
  });
  it("keeps initials out of it", () => {
    const vi = "Ông Nguyễn V. Hòa có 2 con.";
    expect(family({ source: vi, en: "Mr. Nguyễn V. Hòa has 2 children." }, "en", NUM)).toEqual([]);
  });
});

describe("3 ranges", () => {
  const source = "Hội chợ diễn ra từ ngày 12 đến 15/10 tại TP Vinh.";
  it("pairs the range's first day with the date's month", () => {
    const de = "Die Messe findet vom 12. bis 15. Oktober in der Stadt Vinh statt.";
    const en = "The fair takes place from October 12 to 15 in Vinh city.";
    expect(family({ source, de, en }, "de", "date")).toEqual([]);
    expect(family({ source, de, en }, "en", "date")).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
  });
  it("still flags a wrong first day", () => {
    const en = "The fair takes place from October 13 to 15 in Vinh city.";
    expect(family({ source, en }, "en", "date")).not.toEqual([]);
  });
});

describe("5 conversions added in brackets", () => {
  const source = "Nhiệt độ lên tới 38 độ C, cách trung tâm 40 km.";
  it("accepts a right conversion and a left-out one", () => {
    const en = "Temperatures reached 38 °C (100 °F), 40 km (25 miles) from the center.";
    const de = "Die Temperaturen erreichten 38 °C, 40 km vom Zentrum entfernt.";
    expect(family({ source, en, de }, "en", NUM)).toEqual([]);
    expect(family({ source, en, de }, "de", NUM)).toEqual([]);
    const vi = "Cách trung tâm 40 km (25 dặm).";
    expect(family({ source: vi, de: "40 km vom Zentrum entfernt." }, "de", NUM)).toEqual([]);
  });
  it("flags a wrong conversion", () => {
    const en = "Temperatures reached 38 °C (120 °F), 40 km from the center.";
    expect(family({ source, en }, "en", NUM)).toEqual(["number.extra"]);
  });
});

describe("8 numbers written another way", () => {
  it("accepts a currency sign on the other side and spelled-out currencies", () => {
    const source = "Vé vào cửa giá ¥2.500, tổng cộng 3 triệu USD.";
    const de = "Der Eintritt kostet 2.500 ¥, insgesamt 3 Millionen US-Dollar.";
    const en = "Admission costs ¥2,500, a total of $3 million.";
    expect(family({ source, de, en }, "de", "currency")).toEqual([]);
    expect(family({ source, de, en }, "en", "currency")).toEqual([]);
  });
  it("accepts multiplicatives, ordinal words, decades and German compounds", () => {
    const source = "Ở tuổi đôi mươi, anh đã vô địch 3 lần và lần thứ 13 về đích.";
    const de = "Mit Anfang zwanzig war er dreimal Meister und kam zum dreizehnten Mal ins Ziel.";
    const en = "In his twenties he won the title three times and finished for the thirteenth time.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
  });
  it("keeps the dot of identifiers but flags a German comma in them", () => {
    const source = "Máy có cổng USB 3.0, Wi-Fi 6 và chip 2.5 GHz.";
    const de = "Das Gerät hat USB 3.0, Wi-Fi 6 und einen Chip mit 2,5 GHz.";
    const en = "The device has USB 3.0, Wi-Fi 6 and a 2.5 GHz chip.";
    expect(family({ source, de, en }, "de", NUM)).toEqual([]);
    expect(family({ source, de, en }, "en", NUM)).toEqual([]);
    const comma = "Das Gerät hat USB 3,0, Wi-Fi 6 und einen Chip mit 2,5 GHz.";
    expect(family({ source, de: comma }, "de", NUM)).toEqual(["number.separator"]);
  });
});
