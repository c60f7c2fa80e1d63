// Issue 12, class 9: straight double quotes, a sentence ending in a single capital letter against
// initials, a line ending with ":" followed by list lines, an ellipsis before a capital. Own text.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/articles/segment";

describe("splitSentences: issue 12 boundaries", () => {
  it("opens a sentence at a straight quote after a full stop", () => {
    const p = 'Sở công bố kết quả quý II. "Doanh thu tăng 12%," bà Hạnh nói. "Chúng tôi hài lòng."';
    expect(splitSentences(p)).toEqual([
      "Sở công bố kết quả quý II.",
      '"Doanh thu tăng 12%," bà Hạnh nói.',
      '"Chúng tôi hài lòng."',
    ]);
  });
  it("ends a sentence after a single capital that follows a lower-case word, not after initials", () => {
    const p = "Công trình đạt chuẩn loại A. Chủ đầu tư là ông T.V. Bình. Ông Trần V. Nam đồng ý.";
    expect(splitSentences(p)).toEqual([
      "Công trình đạt chuẩn loại A.",
      "Chủ đầu tư là ông T.V. Bình.",
      "Ông Trần V. Nam đồng ý.",
    ]);
  });
  it("ends a segment at a line ending with ':' and keeps each list line apart", () => {
    const p = "Sản lượng lúa qua các năm:\n2022: 1,2 triệu tấn\n2023: 1,3 triệu tấn\n- 2024: 1,4 triệu tấn";
    expect(splitSentences(p)).toEqual([
      "Sản lượng lúa qua các năm:",
      "2022: 1,2 triệu tấn",
      "2023: 1,3 triệu tấn",
      "- 2024: 1,4 triệu tấn",
    ]);
  });
  it("ends a sentence at an ellipsis before a capital, not before a lower-case word", () => {
    const p = "Nước lên nhanh… Nhiều nhà bị ngập… rồi mất điện.";
    expect(splitSentences(p)).toEqual(["Nước lên nhanh…", "Nhiều nhà bị ngập… rồi mất điện."]);
  });
});
