// number.* on real sentences: quiet on faithful renderings, firing on changed, missing or misread numbers.
import { describe, expect, it } from "vitest";
import { find } from "./helpers";
import { numeric } from "./numeric-issues";

describe("number.* on real sentences", () => {
  const seg = {
    source: "Các quan chức y tế cho biết nước này có hơn 820.000 người mắc căn bệnh này.",
    de: "Nach Aussagen von Gesundheitsbeamten sind mehr als 820.000 Menschen im Land betroffen.",
    en: "More than 820,000 people are affected in the country, health officials say.",
  };

  it("stays quiet on correct translations with locale formats (380.000 vs 380,000)", () => {
    expect(numeric(seg, "de")).toEqual([]);
    expect(numeric(seg, "en")).toEqual([]);
  });

  it("stays quiet on magnitude words and decimals across languages", () => {
    const s = {
      source: "CBS với 3,1 triệu, NBC 2,94 triệu, MSNBC 2,89 triệu và CNN là 2,52 triệu, Nielsen cho biết.",
      de: "CBS hatte nach Angaben von Nielsen 3,1 Millionen, NBC 2,94 Millionen, MSNBC 2,89 Millionen und CNN 2,52 Millionen Zuschauer.",
      en: "CBS had 3.1 million, NBC had 2.94 million, MSNBC had 2.89 million and CNN had 2.52 million, Nielsen said.",
    };
    expect(numeric(s, "de")).toEqual([]);
    expect(numeric(s, "en")).toEqual([]);
  });

  it("accepts numbers spelled out on one side (tám ↔ acht ↔ eight, 11 ↔ elf)", () => {
    const s = {
      source: "Gerrard đã thay đổi đội hình 8 lần so với đội hình đã vượt qua Ayr.",
      de: "Gerrard nahm acht Änderungen an der Mannschaft vor, die Ayr überholte.",
      en: "Gerrard made eight changes to the side which swept past Ayr.",
    };
    expect(numeric(s, "de")).toEqual([]);
    expect(numeric(s, "en")).toEqual([]);
  });

  it("accepts ordinals, year ranges and shared suffixes of ranges", () => {
    expect(
      numeric(
        {
          source: "Chỉ riêng trong quý 2 năm 2018, số trường hợp nhiễm mới là 40.000 người.",
          en: "About 40,000 new cases were reported in the second quarter of 2018 alone.",
        },
        "en",
      ),
    ).toEqual([]);
    expect(
      numeric(
        { source: "Chiến tranh Triều Tiên năm 1950-53", de: "des von 1950 bis 1953 geführten Korea-Kriegs" },
        "de",
      ),
    ).toEqual([]);
    expect(numeric({ source: "nghiên cứu ước tính có 70-90% nam giới", de: "dass 70-90 % der Männer" }, "de")).toEqual(
      [],
    );
  });

  it("fires on a changed digit", () => {
    expect(numeric({ ...seg, de: seg.de.replace("820.000", "828.000") }, "de")).toEqual(["number.mismatch"]);
  });

  it("fires on a missing number and reports both spans", () => {
    const issue = find(
      { source: seg.source, en: "More than many people are affected in the country." },
      "number.missing",
    );
    expect(issue?.params).toEqual({ expected: "820.000" });
    expect(issue?.source).toEqual([seg.source.indexOf("820.000"), seg.source.indexOf("820.000") + 7]);
  });

  it("fires on a dropped or wrong magnitude word (tỷ ↔ Milliarden ↔ billion)", () => {
    const source = "Là một phần trong thị trường làm đẹp trị giá 2,8 tỷ bảng Anh.";
    expect(numeric({ source, de: "der 2,8 Milliarden britische Pfund umfassende Kosmetikmarkt" }, "de")).toEqual([]);
    expect(numeric({ source, de: "der 2,8 britische Pfund umfassende Kosmetikmarkt" }, "de")).toEqual([
      "number.magnitude-mismatch",
    ]);
    expect(numeric({ source, en: "the UK's £2.8 million beauty market" }, "en")).toEqual(["number.magnitude-mismatch"]);
    expect(numeric({ source: "40.000 tỷ đồng", en: "40 trillion dong" }, "en")).toEqual([]);
    expect(numeric({ source: "40.000 tỷ đồng", en: "40 billion dong" }, "en")).toEqual(["number.magnitude-mismatch"]);
  });

  it("fires on a separator that changes the meaning in the target language", () => {
    const source = "Seoul cho biết hơn 30.000 người Bắc Triều Tiên đã vượt biên.";
    expect(numeric({ source, en: "Seoul says more than 30.000 North Koreans have crossed." }, "en")).toEqual([
      "number.separator",
    ]);
    expect(
      numeric({ source, de: "Seoul gibt an, dass über 30,000 Nordkoreaner die Grenze überquert haben." }, "de"),
    ).toEqual(["number.separator"]);
    expect(numeric({ source: "hơn 5,5 triệu người Syria", en: "more than 5,5 million Syrians" }, "en")).toEqual([
      "number.separator",
    ]);
  });

  it("fires when a percentage loses its sign", () => {
    expect(
      numeric(
        { source: "Trung Quốc báo cáo số người nhiễm mới tăng 14%", en: "China reports 14 surge in new cases" },
        "en",
      ),
    ).toEqual(["number.percent-mismatch"]);
    expect(numeric({ source: "bà chắc chắn 100% rằng", de: "100%ig sicher zu sein" }, "de")).toEqual([]);
  });

  it("warns about a number the source does not have", () => {
    expect(numeric({ source: "Livingston thắng Rangers", en: "Livingston beat Rangers 3-0" }, "en")).toEqual([
      "number.extra",
      "number.extra",
    ]);
  });
});
