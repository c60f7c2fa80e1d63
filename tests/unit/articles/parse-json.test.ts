import { describe, it, expect } from "vitest";
import { parseImport, parseJsonBundle } from "@/lib/articles/parse-import";

const view = (json: unknown) =>
  parseJsonBundle(JSON.stringify(json)).segments.map((s) => ({
    p: s.paragraph,
    kind: s.kind,
    text: s.text,
    ...s.translations,
  }));

describe("parseJsonBundle", () => {
  it("imports the pleasant short form: strings only", () => {
    const article = parseJsonBundle(
      JSON.stringify({
        title: "Giá xăng giảm lần thứ ba",
        sourceUrl: "https://vnexpress.net/gia-xang-4712.html",
        byline: "Thu Hằng",
        lead: "Giá xăng RON 95 giảm 1.000 đồng. Đây là lần giảm thứ ba.",
        paragraphs: ["Theo TS. Lê Minh, giá còn giảm. Bộ Công Thương xác nhận.", "<script>alert(1)</script>"],
      }),
    );
    expect(article.title).toBe("Giá xăng giảm lần thứ ba");
    expect(article.sourceUrl).toBe("https://vnexpress.net/gia-xang-4712.html");
    expect(article.byline).toBe("Thu Hằng");
    expect(article.segments.map((s) => [s.position, s.paragraph, s.kind, s.text])).toEqual([
      [0, 0, "title", "Giá xăng giảm lần thứ ba"],
      [1, 1, "lead", "Giá xăng RON 95 giảm 1.000 đồng."],
      [2, 1, "lead", "Đây là lần giảm thứ ba."],
      [3, 2, "body", "Theo TS. Lê Minh, giá còn giảm."],
      [4, 2, "body", "Bộ Công Thương xác nhận."],
      [5, 3, "body", "<script>alert(1)</script>"],
    ]);
  });

  it("aligns whole-paragraph translations sentence by sentence when the counts match", () => {
    expect(
      view({
        title: { vi: "Bão số 3", de: "Taifun Nr. 3", en: "Storm No. 3" },
        paragraphs: [
          {
            vi: "Sáng nay (24/3), bão đổ bộ vào TP. Hải Phòng. Gió mạnh cấp 12.",
            de: "Heute Morgen (24. März) traf der Sturm auf Hai Phong. Der Wind erreichte Stärke 12.",
            en: "This morning (March 24), the storm hit Hai Phong. Winds reached force 12.",
          },
        ],
      }),
    ).toEqual([
      { p: 0, kind: "title", text: "Bão số 3", de: "Taifun Nr. 3", en: "Storm No. 3" },
      {
        p: 1,
        kind: "body",
        text: "Sáng nay (24/3), bão đổ bộ vào TP. Hải Phòng.",
        de: "Heute Morgen (24. März) traf der Sturm auf Hai Phong.",
        en: "This morning (March 24), the storm hit Hai Phong.",
      },
      {
        p: 1,
        kind: "body",
        text: "Gió mạnh cấp 12.",
        de: "Der Wind erreichte Stärke 12.",
        en: "Winds reached force 12.",
      },
    ]);
  });

  it("keeps a paragraph whole when a translation has a different number of sentences", () => {
    const rows = view({
      title: "Bão số 3",
      paragraphs: [{ vi: "Bão đổ bộ. Gió mạnh cấp 12.", de: "Der Sturm traf mit Windstärke 12 auf Land.", en: "" }],
    });
    expect(rows).toEqual([
      { p: 0, kind: "title", text: "Bão số 3" },
      { p: 1, kind: "body", text: "Bão đổ bộ. Gió mạnh cấp 12.", de: "Der Sturm traf mit Windstärke 12 auf Land." },
    ]);
  });

  it("takes sentence lists as given and honours paragraph kinds", () => {
    const article = parseImport({
      format: "json",
      content: JSON.stringify({
        title: "Tiêu đề",
        paragraphs: [
          {
            sentences: [
              { vi: "Câu một. Vẫn câu một.", en: "Sentence one." },
              { vi: "Câu hai.", de: "Satz zwei." },
            ],
          },
          { vi: "Ảnh: Xe buýt điện. Bến Long Biên.", kind: "caption" },
          { vi: "[Anzeige_2] Bình luận (0)", kind: "boilerplate" },
          { vi: "Nguồn: https://vnexpress.net/a-1.html. Bản gốc.", kind: "source" },
          { vi: "Loan Phương - Ngọc Thảo", kind: "byline" },
        ],
      }),
    });
    expect(article.segments.map((s) => [s.paragraph, s.kind, s.translatable, s.text, s.translations])).toEqual([
      [0, "title", true, "Tiêu đề", {}],
      [1, "body", true, "Câu một. Vẫn câu một.", { en: "Sentence one." }],
      [1, "body", true, "Câu hai.", { de: "Satz zwei." }],
      [2, "caption", true, "Ảnh: Xe buýt điện.", {}],
      [2, "caption", true, "Bến Long Biên.", {}],
      [3, "boilerplate", false, "[Anzeige_2] Bình luận (0)", {}],
      [4, "source", false, "Nguồn: https://vnexpress.net/a-1.html. Bản gốc.", {}],
      [5, "byline", false, "Loan Phương - Ngọc Thảo", {}],
    ]);
    expect(article.sourceUrl).toBe("https://vnexpress.net/a-1.html");
    expect(article.byline).toBe("Loan Phương - Ngọc Thảo");
  });
});
