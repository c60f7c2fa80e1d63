// Issue 12, what the fresh set of 2026-11-28 showed beyond the earlier fixes (classes 4 and 6):
// 24-hour figures with a day part, minutes without "phút", shared a.m./p.m. in a range, agency
// times; Highlands place names and exonyms under the house style. Own sentences, none from the sets.
import { describe, expect, it } from "vitest";
import { family } from "./helpers";

const KEEP = { style: { diacritics: "keep" as const } };

describe("4 24-hour figures with a day part, and minutes without phút", () => {
  it("reads 21 giờ tối and 23 giờ đêm as evening hours, and flags a.m.", () => {
    const source = "Pháo hoa bắt đầu lúc 21 giờ tối, kết thúc lúc 23 giờ đêm.";
    const de = "Das Feuerwerk beginnt um 21 Uhr und endet um 23 Uhr.";
    const en = "The fireworks start at 9 p.m. and end at 11 p.m.";
    expect(family({ source, de, en }, "de", "time")).toEqual([]);
    expect(family({ source, de, en }, "en", "time")).toEqual([]);
    const wrong = "The fireworks start at 9 p.m. and end at 11 a.m.";
    expect(family({ source, en: wrong }, "en", "time")).toEqual(["time.mismatch"]);
  });
  it("reads 19 giờ 30 as 19:30 (with or without phút)", () => {
    const source = "Lễ khai mạc diễn ra lúc 19 giờ 30 ngày 2/9 tại quảng trường.";
    const de = "Die Eröffnung findet am 2. September um 19.30 Uhr auf dem Platz statt.";
    const en = "The opening ceremony takes place at 7:30 p.m. on September 2 in the square.";
    for (const lang of ["de", "en"] as const) {
      expect(family({ source, de, en }, lang, "time")).toEqual([]);
      expect(family({ source, de, en }, lang, "number")).toEqual([]);
    }
    const wrong = "The opening ceremony takes place at 7:30 a.m. on September 2 in the square.";
    expect(family({ source, en: wrong }, "en", "time")).toEqual(["time.mismatch"]);
  });
  it("gives the first hour of '5 to 10 p.m.' the same half of the day", () => {
    const source = "Phố đi bộ mở cửa từ 17 giờ đến 22 giờ.";
    expect(family({ source, en: "The walking street is open from 5 to 10 p.m." }, "en", "number")).toEqual([]);
    expect(family({ source, en: "The walking street is open from 5 to 10 p.m." }, "en", "time")).toEqual([]);
    expect(family({ source, en: "The walking street is open from 5 a.m. to 10 p.m." }, "en", "time")).toEqual([
      "time.mismatch",
    ]);
  });
  it("reads noon and midnight as hours, without asking for a figure they may stand for", () => {
    const source = "Tàu cập cảng lúc 12 giờ trưa.";
    expect(family({ source, en: "The ship docked at noon." }, "en", "time")).toEqual([]);
    expect(family({ source, en: "The ship docked at midnight." }, "en", "time")).toEqual(["time.missing"]);
    const vague = "Buổi trưa, tàu cập cảng.";
    expect(family({ source: vague, en: "At noon, the ship docked." }, "en", "time")).toEqual([]);
  });
  it("reads agency times (1400 GMT) as clock times", () => {
    const source = "Phiên họp kết thúc lúc 14:00 giờ GMT.";
    const en = "The session ended at 1400 GMT.";
    expect(family({ source, en }, "en", "number")).toEqual([]);
    expect(family({ source, en }, "en", "time")).toEqual([]);
  });
});

describe("6 academic titles are no names", () => {
  it("does not ask for ThS. in a translation that renders it as M.Sc. or MSc", () => {
    const source = "ThS. Lê Văn Tâm, giảng viên Trường Đại học Cần Thơ, cho biết như vậy.";
    const en = "Lê Văn Tâm, MSc, a lecturer at Cần Thơ University, said so.";
    expect(family({ source, en }, "en", "name", KEEP)).toEqual([]);
  });
});

describe("6 Highlands place names and exonyms under the house style", () => {
  const source = "Đoàn công tác đến tỉnh Đắk Nông và nước bạn Thái Lan.";
  it("accepts the exact forms and the exonym Thailand under 'keep'", () => {
    const de = "Die Delegation reiste in die Provinz Đắk Nông und ins Nachbarland Thailand.";
    const en = "The delegation travelled to Đắk Nông province and neighbouring Thailand.";
    expect(family({ source, de, en }, "de", "name", KEEP)).toEqual([]);
    expect(family({ source, de, en }, "en", "name", KEEP)).toEqual([]);
  });
  it("flags a changed tone mark and a stripped form of Đắk Nông under 'keep'", () => {
    const de = "Die Delegation reiste in die Provinz Đăk Nông und ins Nachbarland Thailand.";
    const en = "The delegation travelled to Dak Nong province and neighbouring Thailand.";
    expect(family({ source, de }, "de", "name", KEEP)).toEqual(["name.tone-mismatch"]);
    expect(family({ source, en }, "en", "name", KEEP)).toEqual(["name.diacritics-stripped"]);
  });
});
