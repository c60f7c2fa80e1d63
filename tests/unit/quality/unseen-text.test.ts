// Issue 12, classes 4, 6, 7: clock times with their half of the day, names with their tone marks
// under both house styles (places too), relative dates inside direct quotes. Own sentences.
import { describe, expect, it } from "vitest";
import { family } from "./helpers";

describe("4 24-hour and 12-hour time", () => {
  it("pairs 19 giờ / 7 giờ tối with 19 Uhr and 7 p.m.", () => {
    for (const source of ["Buổi lễ bắt đầu lúc 19 giờ.", "Buổi lễ bắt đầu lúc 7 giờ tối."]) {
      const de = "Die Feier beginnt um 19 Uhr.";
      const en = "The ceremony starts at 7 p.m.";
      expect(family({ source, de, en }, "de", "time")).toEqual([]);
      expect(family({ source, de, en }, "en", "time")).toEqual([]);
    }
  });
  it("flags a.m. for an evening hour, and 7 Uhr for 7 giờ tối", () => {
    const source = "Buổi lễ bắt đầu lúc 7 giờ tối.";
    expect(family({ source, en: "The ceremony starts at 7 a.m." }, "en", "time")).toEqual(["time.mismatch"]);
    expect(family({ source, de: "Die Feier beginnt um 7 Uhr." }, "de", "time")).toEqual(["time.mismatch"]);
  });
  it("keeps an open half of the day open, but the two translations must agree", () => {
    const source = "Phiên họp bắt đầu lúc 8 giờ.";
    const de = "Die Sitzung beginnt um 8 Uhr.";
    expect(family({ source, de, en: "The session starts at 8 a.m." }, "en", "time")).toEqual([]);
    expect(family({ source, de, en: "The session starts at 8 p.m." }, "en", "time")).toEqual(["time.mismatch"]);
  });
});

describe("6 names and places keep their tone marks", () => {
  const source = "Ông Lê Văn Phước làm việc tại tỉnh Bình Định.";
  const keep = { style: { diacritics: "keep" as const } };
  const strip = { style: { diacritics: "strip" as const } };
  it("accepts the exact form under 'keep' and the stripped one under 'strip'", () => {
    const de = "Lê Văn Phước arbeitet in der Provinz Bình Định.";
    const en = "Le Van Phuoc works in Binh Dinh province.";
    expect(family({ source, de }, "de", "name", keep)).toEqual([]);
    expect(family({ source, en }, "en", "name", strip)).toEqual([]);
  });
  it("flags one changed tone mark in a person's or a place's name under any style", () => {
    const de = "Lê Văn Phúc arbeitet in der Provinz Bình Định.";
    const en = "Le Van Phuoc works in Bình Đinh province.";
    expect(family({ source, de }, "de", "name", keep)).toEqual(["name.tone-mismatch"]);
    expect(family({ source, en }, "en", "name", strip)).toEqual(["name.tone-mismatch"]);
  });
  it("flags a stripped place name under 'keep', but not an established exonym", () => {
    const en = "Lê Văn Phước works in Binh Dinh province.";
    expect(family({ source, en }, "en", "name", keep)).toEqual(["name.diacritics-stripped"]);
    const hanoi = { source: "Ông Lê Văn Phước đến Hà Nội.", en: "Lê Văn Phước went to Hanoi." };
    expect(family(hanoi, "en", "name", keep)).toEqual([]);
  });
});

describe("7 relative dates inside direct quotes", () => {
  it("leaves the speaker's own words alone", () => {
    const source = "“Hôm nay chúng tôi bắt đầu thu hoạch,” ông Tư nói.";
    const de = "„Heute beginnen wir mit der Ernte“, sagte Herr Tư.";
    const en = '"Today we start the harvest," Mr. Tư said.';
    expect(family({ source, de, en }, "de", "style.relative-date")).toEqual([]);
    expect(family({ source, de, en }, "en", "style.relative-date")).toEqual([]);
  });
  it("still flags the newsroom's own relative date", () => {
    const source = "Hôm nay, tỉnh khởi công cầu mới.";
    expect(family({ source, de: "Heute beginnt der Bau der Brücke." }, "de", "style")).toEqual(["style.relative-date"]);
    expect(family({ source, en: "Today the province starts building the bridge." }, "en", "style")).toEqual([
      "style.relative-date",
    ]);
  });
});
