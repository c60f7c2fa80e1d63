import { describe, expect, it } from "vitest";
import { foldForSearch } from "@/lib/text/fold";
import { searchQueryOf, searchTextOf } from "@/lib/articles/search-text";

describe("foldForSearch", () => {
  it("drops Vietnamese tone and vowel marks and folds đ/Đ, so a query typed without them matches", () => {
    expect(foldForSearch("Cà Mau")).toBe("ca mau");
    expect(foldForSearch("ĐỒNG THÁP")).toBe("dong thap");
    expect(foldForSearch("Thừa Thiên Huế")).toBe("thua thien hue");
    expect(foldForSearch("Nguyễn Phước Đức")).toBe("nguyen phuoc duc");
  });

  it("treats precomposed and decomposed input alike, and other scripts' marks too", () => {
    expect(foldForSearch("Cà Mau".normalize("NFD"))).toBe(foldForSearch("Cà Mau".normalize("NFC")));
    expect(foldForSearch("Müller über Ärzte")).toBe("muller uber arzte");
  });

  it("collapses runs of white space and trims", () => {
    expect(foldForSearch("  Hà \t Nội\n ")).toBe("ha noi");
  });
});

describe("searchTextOf / searchQueryOf", () => {
  it("keeps title and segments on separate lines so a query never matches across two segments", () => {
    const text = searchTextOf("Lũ ở Cà Mau", ["Mưa lớn kéo dài.", "Đường ngập sâu."]);
    expect(text).toBe("lu o ca mau\nmua lon keo dai.\nduong ngap sau.");
    expect(text.includes("dai. duong")).toBe(false);
  });

  it("has no query for blank input", () => {
    expect(searchQueryOf(undefined)).toBeNull();
    expect(searchQueryOf("   ")).toBeNull();
    expect(searchQueryOf(" Cà  MAU ")).toBe("ca mau");
  });
});

describe("LIKE wildcards", () => {
  it("never reach the database: %, _ and \\ are stored and searched in their full-width forms", () => {
    expect(searchQueryOf("7,5%")).toBe("7,5\uFF05");
    expect(searchTextOf("a_b\\c", [])).toBe("a\uFF3Fb\uFF3Cc");
    expect(searchTextOf("Tăng 7,5%", []).includes(searchQueryOf("7,5%") ?? "-")).toBe(true);
  });
});
