import { describe, expect, it } from "vitest";
import { checkArticle } from "@/lib/quality/run-checks";
import type { GlossaryTerm } from "@/lib/quality/types";
import { family, find } from "./helpers";

describe("name.*", () => {
  const seg = {
    source: "Daniel Sturridge đã cứu Liverpool khỏi một trận thua trước Chelsea vào thứ Bảy.",
    de: "Daniel Sturridge rettete Liverpool am Samstag vor einer Niederlage gegen Chelsea.",
    en: "Daniel Sturridge saved Liverpool from a loss to Chelsea on Saturday.",
  };
  it("stays quiet when foreign names are copied (also inflected or as exonym)", () => {
    expect(family(seg, "de", "name")).toEqual([]);
    expect(family(seg, "en", "name")).toEqual([]);
    expect(family({ source: "Ông Trump đã tới Moscow.", de: "Trumps Reise nach Moskau." }, "de", "name")).toEqual([]);
  });
  it("fires when a name is dropped", () => {
    const issue = find({ ...seg, en: "Daniel Sturridge saved Liverpool from a loss on Saturday." }, "name.missing");
    expect(issue?.params).toEqual({ name: "Chelsea" });
    expect(issue?.lang).toBe("en");
  });
  it("does not treat Vietnamese words as names (Thái Bình Dương, Hoàng Gia)", () => {
    expect(
      family({ source: "Máy bay rơi xuống Thái Bình Dương.", en: "The plane crashed into the Pacific." }, "en", "name"),
    ).toEqual([]);
  });
  it("applies the diacritics house style to Vietnamese names", () => {
    const s = {
      source: "Ông Nguyễn Đức Hiển phát biểu tại hội nghị.",
      de: "Nguyen Duc Hien sprach auf der Konferenz.",
    };
    expect(family(s, "de", "name", { style: { diacritics: "keep" } })).toEqual(["name.diacritics-stripped"]);
    expect(family(s, "de", "name", { style: { diacritics: "strip" } })).toEqual([]);
    const kept = { ...s, de: "Nguyễn Đức Hiển sprach auf der Konferenz." };
    expect(family(kept, "de", "name", { style: { diacritics: "strip" } })).toEqual(["name.diacritics-kept"]);
    expect(family(kept, "de", "name", { style: { diacritics: "keep" } })).toEqual([]);
    expect(family({ ...s, de: "Der Sprecher sprach auf der Konferenz." }, "de", "name")).toEqual(["name.missing"]);
  });
});

describe("glossary.* and consistency.term", () => {
  const glossary: GlossaryTerm[] = [{ vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee" }];
  const a = {
    source: "Tỉnh ủy Hà Tĩnh tổ chức hội nghị.",
    de: "Das Provinzparteikomitee von Ha Tinh hielt eine Konferenz ab.",
    en: "The Ha Tinh Provincial Party Committee held a conference.",
  };
  const b = {
    source: "Tỉnh ủy đã ban hành nghị quyết.",
    de: "Das Parteikomitee der Provinz erließ eine Resolution.",
    en: "The Provincial Party Committee issued a resolution.",
  };

  it("accepts the glossary rendering, also inflected", () => {
    expect(family(a, "de", "glossary", { glossary })).toEqual([]);
    expect(
      family({ ...a, de: "Die Sitzung des Provinzparteikomitees von Ha Tinh." }, "de", "glossary", { glossary }),
    ).toEqual([]);
  });
  it("fires when the glossary rendering is not used", () => {
    expect(family(b, "de", "glossary", { glossary })).toEqual(["glossary.missing"]);
    expect(family(b, "en", "glossary", { glossary })).toEqual([]);
  });
  it("reports one term translated two ways in an article as consistency.term", () => {
    const [ra, rb] = checkArticle([a, b], { glossary });
    expect(ra?.filter((i) => /^(glossary|consistency)\./.test(i.code))).toEqual([]);
    expect(rb?.filter((i) => /^(glossary|consistency)\./.test(i.code)).map((i) => [i.code, i.lang, i.params])).toEqual([
      ["consistency.term", "de", { term: "Tỉnh ủy", expected: "Provinzparteikomitee" }],
    ]);
  });
});

describe("consistency.* (article and cross-target)", () => {
  it("flags a Vietnamese name kept in one segment and stripped in another", () => {
    const result = checkArticle([
      { source: "Ông Nguyễn Đức Hiển phát biểu.", de: "Nguyễn Đức Hiển sprach." },
      { source: "Ông Nguyễn Đức Hiển nói thêm.", de: "Nguyễn Đức Hiển fügte hinzu." },
      { source: "Ông Nguyễn Đức Hiển kết luận.", de: "Nguyen Duc Hien schloss." },
    ]);
    expect(result.map((r) => r.filter((i) => i.code === "consistency.diacritics").length)).toEqual([0, 0, 1]);
    expect(result[2]?.find((i) => i.code === "consistency.diacritics")?.params).toMatchObject({
      found: "Nguyen Duc Hien",
      other: "Nguyễn Đức Hiển",
    });
  });
  it("flags German and English disagreeing where the source cannot arbitrate", () => {
    const s = {
      source: "Họ đã ghi nhiều bàn thắng vào tháng trước.",
      de: "Sie erzielten im Juni 3 Tore.",
      en: "They scored 4 goals in July.",
    };
    expect(family(s, "de", "consistency")).toEqual(["consistency.date", "consistency.number"]);
    expect(family({ ...s, en: "They scored 3 goals in June." }, "de", "consistency")).toEqual([]);
  });
  it("flags a name misspelt in one translation only", () => {
    const s = {
      source: "trận hòa 2-2 với Villarreal",
      de: "dem 2-2 gegen Villareal",
      en: "the 2-2 draw with Villarreal",
    };
    expect(family(s, "de", "consistency")).toEqual(["consistency.name"]);
    expect(family(s, "en", "consistency")).toEqual([]);
  });
});
