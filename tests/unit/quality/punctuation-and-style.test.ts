// The text checks punctuation.*, whitespace.*, length.* and style.*.
import { describe, expect, it } from "vitest";
import { family, find } from "./helpers";
import { source, de, en } from "./sample-segment";

describe("punctuation.*", () => {
  const q = {
    source: "“Ông có nghĩ rằng ông ấy nói sự thật với cả nước không?”",
    de: "„Glauben Sie, dass er dem Land die Wahrheit sagt?“",
    en: '"Do you think he\'s telling the truth to the country?"',
  };
  it('accepts each language\'s quotes („…“ de, “…” or "…" en)', () => {
    expect(family(q, "de", "punctuation")).toEqual([]);
    expect(family(q, "en", "punctuation")).toEqual([]);
  });
  it("fires on an unclosed quote, a lost question mark, the wrong quote style and brackets", () => {
    expect(family({ ...q, en: "\"Do you think he's telling the truth to the country?" }, "en", "punctuation")).toEqual([
      "punctuation.quotes-unbalanced",
    ]);
    expect(family({ ...q, de: "„Glauben Sie, dass er dem Land die Wahrheit sagt.“" }, "de", "punctuation")).toEqual([
      "punctuation.end-mismatch",
    ]);
    expect(family({ ...q, de: "“Glauben Sie, dass er dem Land die Wahrheit sagt?”" }, "de", "punctuation")).toContain(
      "punctuation.quote-style",
    );
    expect(
      family(
        { source: "Bão Katrina (1967) là một cơn bão.", en: "Katrina (1967 was a hurricane." },
        "en",
        "punctuation",
      ),
    ).toEqual(["punctuation.brackets-unbalanced"]);
  });
  it("ignores a quotation that continues from the previous segment", () => {
    expect(
      family(
        {
          source: "Theo tin từ weather.com, hạn hán cực đoan.",
          de: "die zweithöchste Kategorie“, meldete weather.com.",
        },
        "de",
        "punctuation",
      ),
    ).toEqual([]);
  });
});

describe("whitespace.*", () => {
  it("fires on double spaces, edges and a space before punctuation", () => {
    expect(family({ source, de: de.replace("Brett ", "Brett  ") }, "de", "whitespace")).toEqual([
      "whitespace.double-space",
    ]);
    expect(family({ source, en: ` ${en}` }, "en", "whitespace")).toEqual(["whitespace.leading-trailing"]);
    expect(family({ source, en: en.replace(".", " .") }, "en", "whitespace")).toEqual([
      "whitespace.before-punctuation",
    ]);
    expect(find({ source, en: en.replace("Brett ", "Brett  ") }, "whitespace.double-space")?.target).toEqual([
      en.indexOf("Brett ") + 5,
      en.indexOf("Brett ") + 7,
    ]);
  });
  it("stays quiet on '14 %' in German", () => {
    expect(family({ source: "tăng 14%", de: "Anstieg von 14 % bei neuen Fällen" }, "de", "whitespace")).toEqual([]);
  });
});

describe("length.* and style.*", () => {
  it("flags a truncated translation, not a normal one", () => {
    expect(family({ source, de: "Über 20 Millionen." }, "de", "length")).toEqual(["length.too-short"]);
    expect(family({ source, de }, "de", "length")).toEqual([]);
  });
  it("flags relative dates that go stale (heute, today) and keeps the source span", () => {
    const issue = find(
      {
        source: "Sáng nay (24/3), tỉnh tổ chức hội nghị.",
        de: "Heute Morgen (24. März) hielt die Provinz eine Konferenz ab.",
      },
      "style.relative-date",
    );
    expect(issue?.params).toEqual({ found: "Heute Morgen" });
    expect(issue?.source).toEqual([0, 8]);
    expect(family({ source, en }, "en", "style")).toEqual([]);
  });
  it("flags repeated words but not German 'die die'", () => {
    expect(
      family({ source, en: "More than 20 million people watched the the hearing of Brett Kavanaugh." }, "en", "style"),
    ).toEqual(["style.repeated-word"]);
    expect(
      family(
        { source, de: "Die Frau, die die Anhörung von Brett Kavanaugh sah, zählte 20 Millionen Zuschauer." },
        "de",
        "style",
      ),
    ).toEqual([]);
  });
});
