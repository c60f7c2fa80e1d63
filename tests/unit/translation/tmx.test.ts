import { describe, expect, it } from "vitest";
import { exportTmx, importTmx, noneSkipped } from "@/lib/translation/tmx";
import { AppError } from "@/lib/errors";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : `not AppError: ${String(e)}`;
  }
  return undefined;
}

describe("TMX 1.4b", () => {
  const units = [
    {
      vi: "Tỉnh ủy Quảng Ninh tăng 10,03 %",
      de: "Das Provinzparteikomitee Quảng Ninh steigt um 10,03 %",
      en: "Quang Ninh Provincial Party Committee up 10.03%",
    },
    { vi: 'Giá <vàng> & "USD"', de: 'Gold-Preis <Gold> & "USD"' },
    { vi: "Chỉ tiếng Anh", en: "English only" },
  ];

  it("round-trips units, escaping markup characters", () => {
    const xml = exportTmx(units, { creationDate: new Date("2026-03-24T08:00:00Z") });
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('srclang="vi"');
    expect(xml).toContain('creationdate="20260324T080000Z"');
    expect(xml).toContain("&lt;vàng&gt; &amp;");
    expect(importTmx(xml)).toEqual({ units, skipped: 0, skippedBy: noneSkipped() });
  });

  it("writes NFC and drops units without any target", () => {
    const xml = exportTmx([{ vi: "Ti\u0309nh", de: "Provinz" }, { vi: "lonely" }]);
    expect(xml).toContain("<seg>Tỉnh</seg>");
    expect(importTmx(xml).units).toEqual([{ vi: "Tỉnh", de: "Provinz" }]);
  });

  it("imports foreign TMX: region tags, lang attribute, inline codes, CDATA, numeric entities, skipped units", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="vi-VN" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
<body>
  <tu><tuv xml:lang="vi-VN"><seg>Giá <bpt i="1">&lt;b&gt;</bpt>vàng<ept i="1">&lt;/b&gt;</ept> t&#x0103;ng</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Goldpreis <hi>steigt</hi></seg></tuv>
      <tuv xml:lang="en-US"><seg><![CDATA[Gold <up>]]></seg></tuv>
      <tuv xml:lang="fr"><seg>ignored</seg></tuv></tu>
  <tu><tuv lang="VI"><seg>Một</seg></tuv><tuv lang="EN-GB"><seg>One</seg></tuv></tu>
  <tu><tuv xml:lang="vi"><seg>Không có bản dịch</seg></tuv></tu>
  <tu><tuv xml:lang="de"><seg>Kein Vietnamesisch</seg></tuv><tuv xml:lang="en"><seg>No Vietnamese</seg></tuv></tu>
</body></tmx>`;
    expect(importTmx(xml)).toEqual({
      units: [
        { vi: "Giá vàng tăng", de: "Goldpreis steigt", en: "Gold <up>" },
        { vi: "Một", en: "One" },
      ],
      skipped: 2,
      skippedBy: { ...noneSkipped(), noTranslation: 1, noVietnamese: 1 },
    });
  });

  it("refuses entity declarations (billion laughs, XXE) and accepts a DOCTYPE that only names its DTD", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><tmx version="1.4"><body><tu><tuv xml:lang="vi"><seg>&lol2;</seg></tuv></tu></body></tmx>`;
    const subset = `<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "tmx14.dtd" [ ]><tmx version="1.4"><body/></tmx>`;
    const stray = `<?xml version="1.0"?><tmx version="1.4"><body><!ENTITY x "y"></body></tmx>`;
    expect(code(() => importTmx(laughs))).toBe("TMX_DTD_FORBIDDEN");
    expect(code(() => importTmx(subset))).toBe("TMX_DTD_FORBIDDEN");
    expect(code(() => importTmx(stray))).toBe("TMX_DTD_FORBIDDEN");
    // The external DTD is never fetched: the identifier (even a file URL) is only blanked out.
    const external = `<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "file:///etc/passwd">\n<tmx version="1.4"><body><tu><tuv xml:lang="vi"><seg>Một</seg></tuv><tuv xml:lang="de"><seg>Eins</seg></tuv></tu></body></tmx>`;
    expect(importTmx(external).units).toEqual([{ vi: "Một", de: "Eins" }]);
    const quoted = `<!DOCTYPE tmx PUBLIC "-//LISA OSCAR:1998//DTD for [TMX]//EN" "tmx14.dtd"><tmx version="1.4"><body/></tmx>`;
    expect(importTmx(quoted).units).toEqual([]);
  });

  it("refuses malformed XML, non-TMX XML and oversized input with codes", () => {
    expect(code(() => importTmx("<tmx><body><tu></body></tmx>"))).toBe("TMX_INVALID");
    expect(code(() => importTmx("not xml at all"))).toBe("TMX_INVALID");
    expect(code(() => importTmx("<xliff version='2.0'/>"))).toBe("TMX_NOT_TMX");
    expect(code(() => importTmx(exportTmx(units), { maxBytes: 100 }))).toBe("TMX_TOO_LARGE");
  });

  it("accepts an empty body", () => {
    expect(importTmx('<tmx version="1.4"><header/><body/></tmx>')).toEqual({
      units: [],
      skipped: 0,
      skippedBy: noneSkipped(),
    });
  });
});

describe("exportTmx metadata", () => {
  it("writes vi-VN/de-DE and the configured English variant, and each unit's creation and change date", () => {
    const xml = exportTmx(
      [
        {
          vi: "Một",
          de: "Eins",
          en: "One",
          createdAt: new Date("2026-01-02T03:04:05Z"),
          updatedAt: new Date("2026-02-03T04:05:06Z"),
        },
      ],
      { englishTag: "en-US", regionTags: true },
    );
    expect(xml).toContain('srclang="vi-VN"');
    expect(xml).toContain('<tu creationdate="20260102T030405Z" changedate="20260203T040506Z">');
    expect(xml).toMatch(/xml:lang="vi-VN".*\n.*xml:lang="de-DE".*\n.*xml:lang="en-US"/u);
    expect(importTmx(xml).units).toEqual([
      {
        vi: "Một",
        de: "Eins",
        en: "One",
        createdAt: new Date("2026-01-02T03:04:05Z"),
        updatedAt: new Date("2026-02-03T04:05:06Z"),
      },
    ]);
  });

  it("writes who made and who last changed a unit (creationid/changeid) and reads them back", () => {
    const unit = { vi: "Hai", de: "Zwei", createdBy: "Lan & Co", changedBy: "Minh" };
    const xml = exportTmx([unit, { vi: "Ba", de: "Drei" }]);
    expect(xml).toContain('<tu creationid="Lan &amp; Co" changeid="Minh">');
    expect(xml).toContain("<tu>");
    expect(importTmx(xml).units).toEqual([unit, { vi: "Ba", de: "Drei" }]);
  });

  it("reads OmegaT's unit attributes: dates and author ids, a malformed date left out", () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
      '<tmx version="1.4"><header creationtool="OmegaT" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US"',
      ' srclang="vi" datatype="plaintext"/><body>',
      '<tu changeid="hanh" changedate="20250311T091500Z" creationid="lan" creationdate="2025-03-10">',
      '<tuv lang="vi"><seg>Bốn</seg></tuv><tuv lang="de-AT"><seg>Vier</seg></tuv></tu>',
      "</body></tmx>",
    ].join("\n");
    expect(importTmx(xml).units).toEqual([
      { vi: "Bốn", de: "Vier", createdBy: "lan", changedBy: "hanh", updatedAt: new Date("2025-03-11T09:15:00Z") },
    ]);
  });
});
