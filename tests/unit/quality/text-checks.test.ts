import { describe, expect, it } from "vitest";
import { codes, family, find } from "./helpers";

const source = "Hơn 20 triệu người đã theo dõi cuộc điều trần hôm thứ Năm của ứng cử viên Brett Kavanaugh.";
const de = "Über 20 Millionen Zuschauer haben am Donnerstag die Anhörung von Brett Kavanaugh gesehen.";
const en = "More than 20 million people watched Thursday's hearing of nominee Brett Kavanaugh.";

describe("a correct segment", () => {
  it("raises nothing in either language", () => {
    expect(codes({ source, de, en }, "de")).toEqual([]);
    expect(codes({ source, de, en }, "en")).toEqual([]);
  });
  it("skips a language that is missing (null/undefined)", () => {
    expect(codes({ source, de: null }, "de")).toEqual([]);
  });
});

describe("untranslated.*", () => {
  it("fires on empty, copied and partly untranslated targets", () => {
    expect(codes({ source, de: "  " }, "de")).toEqual(["untranslated.empty"]);
    expect(family({ source, en: source }, "en", "untranslated")).toEqual(["untranslated.copy"]);
    expect(
      family(
        { source, de: "Über 20 Millionen Zuschauer đã theo dõi cuộc điều trần am Donnerstag." },
        "de",
        "untranslated",
      ),
    ).toEqual(["untranslated.partial"]);
  });
  it("stays quiet when a Vietnamese name is kept or a short Latin headline is identical", () => {
    expect(
      family({ source: "Ông Nguyễn Đức Hiển phát biểu.", de: "Nguyễn Đức Hiển sprach." }, "de", "untranslated"),
    ).toEqual([]);
    expect(
      family(
        {
          source: "Elite League: Dundee Stars 5-3 Belfast Giants",
          en: "Elite League: Dundee Stars 5-3 Belfast Giants",
        },
        "en",
        "untranslated",
      ),
    ).toEqual([]);
  });
});

describe("residue.*", () => {
  it("fires on ad markers, comment counters, source lines and HTML", () => {
    expect(family({ source, de: `${de} [Anzeige_2]` }, "de", "residue")).toEqual(["residue.ad-marker"]);
    expect(family({ source, en: `[ad_1] ${en}` }, "en", "residue")).toEqual(["residue.ad-marker"]);
    expect(family({ source, de: `${de} Kommentar (0)` }, "de", "residue")).toEqual(["residue.comment-counter"]);
    expect(family({ source, de: `${de} Quelle: https://baohatinh.vn/abc` }, "de", "residue")).toEqual([
      "residue.source-line",
    ]);
    expect(family({ source, en: `${en}<br>` }, "en", "residue")).toEqual(["residue.html"]);
  });
  it("stays quiet on text that merely mentions a source, and on boilerplate segments", () => {
    expect(family({ source, en: "The source of the leak: a senior official." }, "en", "residue")).toEqual([]);
    expect(family({ source: "Bình luận (0)", de: "Kommentar (0)", kind: "boilerplate" }, "de", "residue")).toEqual([]);
  });
});

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
