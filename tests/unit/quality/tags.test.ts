import { describe, expect, it } from "vitest";
import { checkSegment } from "@/lib/quality";

const codes = (source: string, de: string) =>
  checkSegment({ source, de })
    .filter((i) => i.code.startsWith("tag.") || i.code.startsWith("number."))
    .map((i) => [i.code, i.params.expected ?? i.params.found]);

describe("tag.*: inline-code tokens of a CAT file must be kept in the translation", () => {
  it("a translation with the same tokens (in any order) has no tag or number issue", () => {
    expect(codes("Giá ⟦1⟧vàng⟦/1⟧ tăng 5%⟦2/⟧", "Der ⟦1⟧Goldpreis⟦/1⟧ steigt um 5 %⟦2/⟧")).toEqual([]);
    expect(codes("⟦1⟧A⟦/1⟧ ⟦2/⟧ B", "⟦2/⟧ B ⟦1⟧A⟦/1⟧")).toEqual([]);
  });

  it("a missing, an extra and a doubled token are errors", () => {
    expect(codes("Giá ⟦1⟧vàng⟦/1⟧ tăng⟦2/⟧", "Der ⟦1⟧Goldpreis steigt⟦2/⟧⟦2/⟧⟦3/⟧")).toEqual([
      ["tag.missing", "⟦/1⟧"],
      ["tag.extra", "⟦2/⟧"],
      ["tag.extra", "⟦3/⟧"],
    ]);
    expect(checkSegment({ source: "A ⟦1/⟧", de: "A" }).find((i) => i.code === "tag.missing")?.severity).toBe("error");
  });

  it("text without tokens is not checked", () => {
    expect(codes("Giá vàng tăng", "Der Goldpreis steigt")).toEqual([]);
  });
});
