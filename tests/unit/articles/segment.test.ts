import { describe, it, expect } from "vitest";
import { normalizeText, splitSentences } from "@/lib/articles/segment";

describe("normalizeText", () => {
  it("composes decomposed Vietnamese and collapses whitespace", () => {
    const decomposed = "Nguye\u0302\u0303n  \u00a0Đức\tHiển \n";
    expect(normalizeText(decomposed)).toBe("Nguyễn Đức Hiển");
    expect(normalizeText(decomposed)).toBe("Nguyễn Đức Hiển".normalize("NFC"));
  });
});

describe("splitSentences for Vietnamese", () => {
  it("does not split after titles, degrees and city abbreviations", () => {
    const paragraph =
      "PGS.TS. Nguyễn Văn An, Trường ĐH Y Hà Nội, cho biết bệnh viện ở TP.HCM đã quá tải. " +
      "Theo TS. Lê Thị Hoa, ThS. Trần Minh và BS. Phạm Quang, ca bệnh đầu tiên ở Q. 1, TP. Hồ Chí Minh. " +
      "GS. Trần Đức nói các biện pháp như cách ly, xét nghiệm, v.v. vẫn được duy trì.";
    expect(splitSentences(paragraph)).toEqual([
      "PGS.TS. Nguyễn Văn An, Trường ĐH Y Hà Nội, cho biết bệnh viện ở TP.HCM đã quá tải.",
      "Theo TS. Lê Thị Hoa, ThS. Trần Minh và BS. Phạm Quang, ca bệnh đầu tiên ở Q. 1, TP. Hồ Chí Minh.",
      "GS. Trần Đức nói các biện pháp như cách ly, xét nghiệm, v.v. vẫn được duy trì.",
    ]);
  });

  it("splits after TP.HCM when it ends a sentence", () => {
    expect(splitSentences("Ông sống ở TP.HCM. Sáng nay ông ra Hà Nội.")).toEqual([
      "Ông sống ở TP.HCM.",
      "Sáng nay ông ra Hà Nội.",
    ]);
  });

  it("keeps numbers whole and still splits after a number that ends a sentence", () => {
    const paragraph =
      "Sáng nay (24/3), chỉ số giá tiêu dùng tăng 10,03% so với cùng kỳ. Tổng vốn đạt 40.000 tỷ đồng, " +
      "lãi suất 3.5%. Ngày 22/3. 30 năm sau, Quận 1 (Q.1) vẫn là trung tâm.";
    expect(splitSentences(paragraph)).toEqual([
      "Sáng nay (24/3), chỉ số giá tiêu dùng tăng 10,03% so với cùng kỳ.",
      "Tổng vốn đạt 40.000 tỷ đồng, lãi suất 3.5%.",
      "Ngày 22/3.",
      "30 năm sau, Quận 1 (Q.1) vẫn là trung tâm.",
    ]);
  });

  it("keeps initials of names but splits after a capital word such as Ý", () => {
    expect(splitSentences("Ông Nguyễn V. A. đã đến. Trận đấu diễn ra ở Naples, Ý. Chelsea thua.")).toEqual([
      "Ông Nguyễn V. A. đã đến.",
      "Trận đấu diễn ra ở Naples, Ý.",
      "Chelsea thua.",
    ]);
  });

  it("keeps a quote together with the sentence it continues", () => {
    expect(splitSentences("Họ hô vang “Tháng 11 đang đến!” khi diễu hành. Tôi không tranh cử.” Ông chia sẻ.")).toEqual([
      "Họ hô vang “Tháng 11 đang đến!” khi diễu hành.",
      "Tôi không tranh cử.” Ông chia sẻ.",
    ]);
    expect(splitSentences("Ông nói (xem Điều 3. Khoản 2) là đủ. Bà đồng ý.")).toEqual([
      "Ông nói (xem Điều 3. Khoản 2) là đủ.",
      "Bà đồng ý.",
    ]);
  });

  it("never returns a fragment that is only punctuation", () => {
    expect(splitSentences('Chúng tôi rất mong các bạn ở lại. " … ')).toEqual(['Chúng tôi rất mong các bạn ở lại. " …']);
    expect(splitSentences("   \n ")).toEqual([]);
  });

  it("splits a sentence that ends with a question or exclamation mark", () => {
    expect(splitSentences("Vì sao giá xăng tăng? Bộ Công Thương giải thích. Thật bất ngờ!")).toEqual([
      "Vì sao giá xăng tăng?",
      "Bộ Công Thương giải thích.",
      "Thật bất ngờ!",
    ]);
  });

  it("loses no character: the sentences joined by spaces give back the normalised paragraph", () => {
    const paragraph = " Ông  Trump nói:\u00a0“Tôi sẽ đến.”   Bà May (Anh) đồng ý.Rồi sao?!  Hết… ";
    expect(splitSentences(paragraph).join(" ")).toBe(normalizeText(paragraph));
    expect(splitSentences(paragraph).length).toBeGreaterThan(1);
  });
});

describe("splitSentences on long input", () => {
  it("splits a 1 MB paragraph quickly and exactly as its parts", () => {
    const part =
      "Theo PGS.TS. Nguyễn Văn An, giá tăng 10,03%. Ông Nguyễn V. A. đến (xem Điều 3. Khoản 2) sáng 22/3. " +
      "Vì sao? “Tháng 11 đang đến!” khi diễu hành. 30 năm sau, Q. 1 vẫn thế… Rồi sao? ";
    const expected = splitSentences(part);
    // "… vẫn thế… Rồi sao?": an ellipsis before a capital ends a sentence (issue 12).
    expect(expected).toHaveLength(6);
    const repeats = Math.floor(1_000_000 / part.length);
    const started = performance.now();
    const sentences = splitSentences(part.repeat(repeats));
    // V8's own sentence iterator needs minutes for this; chunking keeps it linear.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(sentences).toEqual(Array.from({ length: repeats }, () => expected).flat());
  });
});

describe("splitSentences for German and English", () => {
  it("keeps German ordinals and abbreviations", () => {
    expect(splitSentences("Am 3. Oktober kam Dr. Müller, z. B. mit 40.000 Euro. Er blieb.", "de")).toEqual([
      "Am 3. Oktober kam Dr. Müller, z. B. mit 40.000 Euro.",
      "Er blieb.",
    ]);
  });

  it("keeps English titles", () => {
    expect(splitSentences("Mr. Bean met Dr. Who in St. Martin's. It rained.", "en")).toEqual([
      "Mr. Bean met Dr. Who in St. Martin's.",
      "It rained.",
    ]);
  });
});
