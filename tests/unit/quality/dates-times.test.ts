import { describe, expect, it } from "vitest";
import { family } from "./helpers";

describe("date.*", () => {
  const seg = {
    source: "Vợ chồng nhà Rosenberg đều bị xử tử bằng ghế điện vào ngày 19 tháng 6 năm 1953.",
    de: "Beide Rosenbergs wurden am 19. Juni 1953 mit dem elektrischen Stuhl hingerichtet.",
    en: "Both Rosenbergs were both put to death by the electric chair on June 19, 1953.",
  };

  it("treats tháng 6 ↔ Juni ↔ June as a month, not a number", () => {
    expect(family(seg, "de", "date")).toEqual([]);
    expect(family(seg, "de", "number")).toEqual([]);
    expect(family(seg, "en", "date")).toEqual([]);
    expect(family(seg, "en", "number")).toEqual([]);
  });

  it("reads numeric Vietnamese dates (22/3, 29/09/1918) after a date cue", () => {
    const s = {
      source: "Trung tá Vann giành huân chương vào ngày 29/09/1918.",
      de: "Vann gewann die Auszeichnung am 29. September 1918.",
      en: "Vann won the award on 29 September 1918.",
    };
    expect(family(s, "de", "")).toEqual([]);
    expect(family(s, "en", "")).toEqual([]);
    expect(
      family({ source: "Sáng nay (24/3), ông nói.", en: "This morning (24 March), he said." }, "en", "date"),
    ).toEqual([]);
  });

  it("keeps a fraction (1/3) a number, not 1 March", () => {
    expect(
      family({ source: "đặc biệt trong 1/3 thời gian cuối trận.", en: "especially in the final third." }, "en", "date"),
    ).toEqual([]);
  });

  it("fires on a swapped month, a changed day and a dropped day", () => {
    expect(family({ ...seg, de: seg.de.replace("Juni", "Juli") }, "de", "date")).toEqual(["date.month-mismatch"]);
    expect(family({ ...seg, en: seg.en.replace("June 19", "June 18") }, "en", "date")).toEqual(["date.day-mismatch"]);
    expect(
      family(
        { source: "đâm vào người đi bộ vào ngày 10 tháng 10.", de: "raste er im Oktober auf einen Fahrradweg." },
        "de",
        "date",
      ),
    ).toEqual(["date.day-missing"]);
    expect(family({ source: "sau khi ghi danh hồi tháng 9.", de: "war ein Jahr lang im Irak." }, "de", "date")).toEqual(
      ["date.missing"],
    );
  });

  it("does not read Theresa May or a march as a month", () => {
    expect(family({ source: "Thủ tướng Teresa May", en: "the quasi-Teresa-May character" }, "en", "date")).toEqual([]);
    expect(family({ source: "Họ tuần hành", en: "March on, they said" }, "en", "date")).toEqual([]);
  });

  it("fires on a contradicting weekday only", () => {
    const s = {
      source: "Chelsea sẽ đối mặt với Videoton vào 3 giờ chiều thứ Ba tại London.",
      de: "Chelsea steht am Donnerstag um 15:00 Uhr in London Videoton gegenüber.",
      en: "Chelsea faces Videoton at 3 p.m. on Tuesday in London.",
    };
    expect(family(s, "de", "date")).toEqual(["date.weekday-mismatch"]);
    expect(family(s, "en", "date")).toEqual([]);
    expect(
      family(
        { source: "Ông Yuan đến chợ khoảng 4.40 giờ sáng.", en: "Yuan entered the market at 4.40 am Thursday." },
        "en",
        "date",
      ),
    ).toEqual([]);
  });
});

describe("time.*", () => {
  it("accepts 05:00 giờ sáng ↔ 5 a.m. and 3 giờ chiều ↔ 15:00 Uhr ↔ 3 p.m.", () => {
    expect(family({ source: "Vụ việc xảy ra lúc 05:00 giờ sáng.", en: "It happened at 5 a.m." }, "en", "")).toEqual([]);
    const s = {
      source: "Trận đấu sẽ diễn ra vào lúc 3 giờ chiều ngày thứ Tư.",
      de: "Das Spiel beginnt am Mittwoch um 15:00 Uhr.",
      en: "The match is at 3 p.m. on Wednesday.",
    };
    expect(family(s, "de", "")).toEqual([]);
    expect(family(s, "en", "")).toEqual([]);
    expect(
      family(
        {
          source: "thời gian lý tưởng là 5.30 chiều thứ bảy.",
          de: "samstags um 17:30 Uhr",
          en: "5.30pm on a Saturday",
        },
        "de",
        "time",
      ),
    ).toEqual([]);
  });

  it("lets 'N giờ' be a duration", () => {
    expect(family({ source: "Cuộc họp kéo dài 2 giờ.", en: "The meeting lasted two hours." }, "en", "")).toEqual([]);
  });

  it("fires on a changed or dropped time", () => {
    expect(
      family(
        { source: "Nạn nhân được phát hiện vào lúc 7.55 giờ sáng.", de: "Das Opfer wurde um 7:45 Uhr gefunden." },
        "de",
        "time",
      ),
    ).toEqual(["time.mismatch"]);
    expect(
      family(
        { source: "Vụ tai nạn xảy ra vào khoảng 10:15 giờ BST.", en: "The crash happened this morning." },
        "en",
        "time",
      ),
    ).toEqual(["time.missing"]);
  });
});
