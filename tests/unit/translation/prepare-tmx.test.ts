import { describe, expect, it } from "vitest";
import { prepareTmxImport } from "@/lib/translation/prepare-tmx";

describe("prepareTmxImport", () => {
  it("refuses a file of more units than a merge may hold the database for", () => {
    const units = Array.from(
      { length: 50_001 },
      (_, i) => `<tu><tuv lang="vi"><seg>${i}</seg></tuv><tuv lang="de"><seg>d</seg></tuv></tu>`,
    );
    const xml = `<tmx version="1.4"><body>${units.join("")}</body></tmx>`;
    expect(() => prepareTmxImport(xml, 10 * 1024 * 1024)).toThrow(
      expect.objectContaining({ code: "TMX_TOO_MANY_UNITS", params: { maxUnits: 50_000 } }),
    );
  });
});
