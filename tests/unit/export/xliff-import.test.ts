import { describe, expect, it } from "vitest";
import { parseXliff } from "@/lib/export";
import { thrown } from "./fixture";

const V2 = "urn:oasis:names:tc:xliff:document:2.0";
const V12 = "urn:oasis:names:tc:xliff:document:1.2";
// XLIFF 2.2 has its own namespace (…:document:2.2); 2.0 and 2.1 share …:document:2.0.
const x2 = (units: string, attrs = 'srcLang="vi" trgLang="de"', version = "2.1") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="${version === "2.2" ? `${V2.slice(0, -1)}2` : V2}" version="${version}" ${attrs}><file id="f1">${units}</file></xliff>`;
const x12 = (units: string, lang = 'source-language="vi" target-language="en"') =>
  `<?xml version="1.0"?>\n<xliff xmlns="${V12}" version="1.2"><file original="a" ${lang} datatype="plaintext"><body>${units}</body></file></xliff>`;

describe("parseXliff structure", () => {
  it("reads XLIFF 2.0, 2.1 and 2.2, nested groups, and entities / character references", () => {
    for (const version of ["2.0", "2.1", "2.2"]) {
      const parsed = parseXliff(
        x2(
          `<group id="g"><group id="g2"><unit id="s1"><segment><source>Giá xăng &amp; dầu tăng 10,03&#160;%</source><target>Benzin- &amp; Ölpreise steigen um 10,03&#xa0;%</target></segment></unit></group></group><unit id="s2"><segment><source>Hà Nội</source></segment></unit>`,
          undefined,
          version,
        ),
      );
      expect(parsed).toEqual({
        version: "2.x",
        srcLang: "vi",
        trgLang: "de",
        units: [
          {
            id: "s1",
            source: "Giá xăng & dầu tăng 10,03\u00a0%",
            target: "Benzin- & Ölpreise steigen um 10,03\u00a0%",
          },
          { id: "s2", source: "Hà Nội", target: null },
        ],
        foreign: [],
      });
    }
  });

  it("keeps CDATA literal and refuses HTML entities that XML without a DTD does not define", () => {
    const parsed = parseXliff(
      x2(
        `<unit id="c"><segment><source><![CDATA[Giá <b> &amp; ]]>x</source><target>Preis &lt;b&gt;</target></segment></unit>`,
      ),
    );
    expect(parsed.units[0]).toEqual({ id: "c", source: "Giá <b> &amp; x", target: "Preis <b>" });
    expect(thrown(() => parseXliff(x2(`<unit id="n"><segment><source>10&nbsp;%</source></segment></unit>`))).code).toBe(
      "XLIFF_MALFORMED",
    );
    expect(thrown(() => parseXliff(x2(`<unit id="n"><segment><source>&#0;</source></segment></unit>`))).code).toBe(
      "XLIFF_MALFORMED",
    );
  });

  it("joins a unit a CAT tool split into segments and ignorables", () => {
    const parsed = parseXliff(
      x2(
        `<unit id="s1"><segment><source>Sáng nay (24/3).</source><target>Heute Morgen (24. März).</target></segment><ignorable><source> </source></ignorable><segment><source>Trời mưa.</source><target>Es regnet.</target></segment></unit><unit id="s2"><segment><source>A.</source><target>A.</target></segment><segment><source>B.</source></segment></unit>`,
      ),
    );
    expect(parsed.units).toEqual([
      { id: "s1", source: "Sáng nay (24/3). Trời mưa.", target: "Heute Morgen (24. März). Es regnet." },
      { id: "s2", source: "A.B.", target: null },
    ]);
  });

  it("resolves namespace prefixes instead of trusting tag names, and ignores foreign elements", () => {
    const xml = `<x:xliff xmlns:x="${V2}" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="vi" trgLang="en"><x:file id="f"><x:unit id="u1"><mda:metadata><mda:metaGroup><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata><x:segment><x:source>Tỉnh ủy</x:source><x:target>Provincial Party Committee</x:target></x:segment></x:unit><unit id="not-xliff"><segment><source>no namespace</source></segment></unit></x:file></x:xliff>`;
    expect(parseXliff(xml).units).toEqual([{ id: "u1", source: "Tỉnh ủy", target: "Provincial Party Committee" }]);
  });

  it("reads XLIFF 1.2 direct source/target only (not alt-trans), with or without namespace", () => {
    const units = `<group><trans-unit id="t1" resname="t1"><source>Nguyễn Đức Hiển</source><seg-source><mrk mtype="seg" mid="1">Nguyễn Đức Hiển</mrk></seg-source><target state="translated"><mrk mtype="seg" mid="1">Nguyễn Đức Hiển</mrk></target><alt-trans><source>x</source><target>Nguyen Duc Hien</target></alt-trans></trans-unit></group><trans-unit id="t2"><source>Q. 1</source><target/></trans-unit>`;
    const expected = [
      { id: "t1", source: "Nguyễn Đức Hiển", target: "Nguyễn Đức Hiển" },
      { id: "t2", source: "Q. 1", target: null },
    ];
    expect(parseXliff(x12(units))).toMatchObject({ version: "1.2", srcLang: "vi", trgLang: "en", units: expected });
    expect(parseXliff(x12(units).replace(` xmlns="${V12}"`, "")).units).toEqual(expected);
  });

  it("flattens annotations (mrk; sm/em dropped) to their text; wrapping codes (g, pc) become tokens", () => {
    expect(
      parseXliff(
        x12(
          `<trans-unit id="t"><source>Tăng <g id="1">40.000</g> tỷ</source><target>Plus <g id="1"><mrk mtype="term">40.000</mrk></g> Mrd.</target></trans-unit>`,
        ),
      ).units[0],
    ).toMatchObject({ id: "t", source: "Tăng ⟦1⟧40.000⟦/1⟧ tỷ", target: "Plus ⟦1⟧40.000⟦/1⟧ Mrd." });
    expect(
      parseXliff(
        x2(
          `<unit id="u"><segment><source>A <pc id="1">đậm</pc></source><target>A <sm id="m" type="comment"/><pc id="1">fett</pc><em startRef="m"/></target></segment></unit>`,
        ),
      ).units[0],
    ).toMatchObject({ id: "u", source: "A ⟦1⟧đậm⟦/1⟧", target: "A ⟦1⟧fett⟦/1⟧" });
  });

  it("refuses what it cannot keep: <cp>, a foreign element inside the text, a token typed as text", () => {
    expect(
      thrown(() =>
        parseXliff(x2(`<unit id="u7"><segment><source>A</source><target>A<cp hex="0001"/></target></segment></unit>`)),
      ),
    ).toEqual({ code: "XLIFF_INLINE_UNSUPPORTED", params: { id: "u7", element: "cp" } });
    expect(
      thrown(() => parseXliff(x12(`<trans-unit id="t"><source>A <b xmlns="urn:x">B</b></source></trans-unit>`))),
    ).toEqual({ code: "XLIFF_INLINE_UNSUPPORTED", params: { id: "t", element: "b" } });
    expect(
      thrown(() => parseXliff(x12(`<trans-unit id="t"><source>A ⟦1⟧</source><target>A</target></trans-unit>`))).code,
    ).toBe("XLIFF_INLINE_UNSUPPORTED");
  });

  it("refuses duplicate ids, also across files", () => {
    expect(
      thrown(() =>
        parseXliff(
          x2(
            `<unit id="s1"><segment><source>a</source></segment></unit><group id="g"><unit id="s1"><segment><source>b</source></segment></unit></group>`,
          ),
        ),
      ),
    ).toEqual({ code: "XLIFF_DUPLICATE_ID", params: { id: "s1" } });
    const twoFiles = `<xliff xmlns="${V12}" version="1.2"><file original="a" source-language="vi" target-language="de" datatype="plaintext"><body><trans-unit id="x"><source>a</source></trans-unit></body></file><file original="b" source-language="vi" target-language="de" datatype="plaintext"><body><trans-unit id="x"><source>b</source></trans-unit></body></file></xliff>`;
    expect(thrown(() => parseXliff(twoFiles)).code).toBe("XLIFF_DUPLICATE_ID");
  });

  it("refuses missing ids, missing sources, missing or mixed languages, unsupported versions", () => {
    expect(thrown(() => parseXliff(x2(`<unit><segment><source>a</source></segment></unit>`))).code).toBe(
      "XLIFF_MISSING_ID",
    );
    expect(thrown(() => parseXliff(x2(`<unit id="u"><segment><target>a</target></segment></unit>`)))).toEqual({
      code: "XLIFF_MISSING_SOURCE",
      params: { id: "u" },
    });
    expect(thrown(() => parseXliff(x2("", 'srcLang="vi"'))).code).toBe("XLIFF_NO_TARGET_LANGUAGE");
    expect(thrown(() => parseXliff(x12("", 'source-language="vi"'))).code).toBe("XLIFF_NO_TARGET_LANGUAGE");
    const mixed = `<xliff xmlns="${V12}" version="1.2"><file original="a" source-language="vi" target-language="de" datatype="plaintext"><body/></file><file original="b" source-language="vi" target-language="en" datatype="plaintext"><body/></file></xliff>`;
    expect(thrown(() => parseXliff(mixed))).toEqual({ code: "XLIFF_MIXED_LANGUAGES", params: { languages: "de, en" } });
    expect(thrown(() => parseXliff(x2("", undefined, "3.0")))).toEqual({
      code: "XLIFF_UNSUPPORTED_VERSION",
      params: { version: "3.0" },
    });
    expect(thrown(() => parseXliff(x12("").replace('version="1.2"', 'version="1.1"'))).code).toBe(
      "XLIFF_UNSUPPORTED_VERSION",
    );
  });
});
