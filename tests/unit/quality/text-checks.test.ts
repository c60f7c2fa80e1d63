// The text checks on a correct segment, and untranslated.* and residue.*.
import { describe, expect, it } from "vitest";
import { codes, family } from "./helpers";
import { source, de, en } from "./sample-segment";

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
