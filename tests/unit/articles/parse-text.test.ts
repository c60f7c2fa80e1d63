import { describe, it, expect } from "vitest";
import { parsePlainText } from "@/lib/articles/parse-import";

const ARTICLE = `\ufeffHà Nội mở thêm 3 tuyến buýt điện từ ngày 22/3\r
\r
Từ ngày 22/3, Hà Nội đưa vào khai thác 3 tuyến buýt điện mới. Tổng vốn đầu tư khoảng 40.000 tỷ đồng.\r
[quangcao_1]\r
Theo PGS.TS. Nguyễn Văn An, Trường ĐH Giao thông Vận tải, lượng khách tăng 10,03% so với cùng kỳ. Các tuyến nối Q. Hoàn Kiếm với TP. Thủ Đức [ad_1] của TP.HCM chỉ là ví dụ minh họa.\r
Ảnh: Xe buýt điện tại bến Long Biên sáng 22/3.\r
Hành khách chờ xe tại điểm dừng Trần Hưng Đạo (Ảnh: Ngọc Thảo)\r
Ông Trần Minh, tài xế, cho biết: “Xe chạy êm, không khói.” Ông dự kiến sẽ làm việc ở tuyến này lâu dài.\r
Chia sẻ Facebook Zalo In bài\r
Loan Phương - Ngọc Thảo\r
Nguồn: https://vnexpress.net/ha-noi-mo-them-3-tuyen-buyt-dien-4711.html\r
Bình luận (0)\r
`;

describe("parsePlainText", () => {
  const article = parsePlainText(ARTICLE);
  const rows = article.segments.map((s) => [s.paragraph, s.kind, s.translatable, s.text] as const);

  it("finds the title, the source URL and the byline", () => {
    expect(article.title).toBe("Hà Nội mở thêm 3 tuyến buýt điện từ ngày 22/3");
    expect(article.sourceUrl).toBe("https://vnexpress.net/ha-noi-mo-them-3-tuyen-buyt-dien-4711.html");
    expect(article.byline).toBe("Loan Phương - Ngọc Thảo");
  });

  it("splits the article into typed segments in reading order", () => {
    expect(rows).toEqual([
      [0, "title", true, "Hà Nội mở thêm 3 tuyến buýt điện từ ngày 22/3"],
      [1, "lead", true, "Từ ngày 22/3, Hà Nội đưa vào khai thác 3 tuyến buýt điện mới."],
      [1, "lead", true, "Tổng vốn đầu tư khoảng 40.000 tỷ đồng."],
      [2, "boilerplate", false, "[quangcao_1]"],
      [
        3,
        "body",
        true,
        "Theo PGS.TS. Nguyễn Văn An, Trường ĐH Giao thông Vận tải, lượng khách tăng 10,03% so với cùng kỳ.",
      ],
      [3, "body", true, "Các tuyến nối Q. Hoàn Kiếm với TP. Thủ Đức [ad_1] của TP.HCM chỉ là ví dụ minh họa."],
      [4, "caption", true, "Ảnh: Xe buýt điện tại bến Long Biên sáng 22/3."],
      [5, "caption", true, "Hành khách chờ xe tại điểm dừng Trần Hưng Đạo (Ảnh: Ngọc Thảo)"],
      [6, "body", true, "Ông Trần Minh, tài xế, cho biết: “Xe chạy êm, không khói.”"],
      [6, "body", true, "Ông dự kiến sẽ làm việc ở tuyến này lâu dài."],
      [7, "boilerplate", false, "Chia sẻ Facebook Zalo In bài"],
      [8, "byline", false, "Loan Phương - Ngọc Thảo"],
      [9, "source", false, "Nguồn: https://vnexpress.net/ha-noi-mo-them-3-tuyen-buyt-dien-4711.html"],
      [10, "boilerplate", false, "Bình luận (0)"],
    ]);
    expect(article.segments.map((s) => s.position)).toEqual(rows.map((_, index) => index));
    expect(article.segments.every((s) => Object.keys(s.translations).length === 0)).toBe(true);
  });

  it("recognises German and English residue and short credit bylines", () => {
    const parsed = parsePlainText(
      "Tiêu đề\nẢnh minh họa\nĐoạn mở đầu.\n[Anzeige_2]\nKommentar (0)\nComments (3)\nShare | Twitter\nThu Hằng\nTheo VnExpress\nQuelle: Báo Nhân Dân",
    );
    expect(parsed.segments.map((s) => s.kind)).toEqual([
      "title",
      "caption",
      "lead",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "boilerplate",
      "byline",
      "byline",
      "source",
    ]);
    expect(parsed.byline).toBe("Thu Hằng, Theo VnExpress");
    expect(parsed.sourceUrl).toBeNull();
  });

  it("keeps a short sentence at the end as body, and a source line mid-article as body", () => {
    const parsed = parsePlainText("Tiêu đề\nĐoạn một.\nNguồn: Tổng cục Thống kê cho biết như vậy.\nHà Nội.\nPV");
    expect(parsed.segments.map((s) => s.kind)).toEqual(["title", "lead", "body", "body", "byline"]);
    expect(parsed.byline).toBe("PV");
  });

  it("composes decomposed Vietnamese and keeps markup as plain text", () => {
    const parsed = parsePlainText("Nguye\u0302\u0303n Đức Hiển thăm Huế\n<script>alert(1)</script> là chuỗi thử.");
    expect(parsed.title).toBe("Nguyễn Đức Hiển thăm Huế");
    expect(parsed.segments[1]?.text).toBe("<script>alert(1)</script> là chuỗi thử.");
  });

  it("keeps junk above the headline as boilerplate of the title paragraph", () => {
    const parsed = parsePlainText("[ad_1]\nTiêu đề thật\nĐoạn mở đầu.");
    expect(parsed.title).toBe("Tiêu đề thật");
    expect(parsed.segments.map((s) => [s.paragraph, s.kind])).toEqual([
      [0, "boilerplate"],
      [0, "title"],
      [1, "lead"],
    ]);
  });
});
