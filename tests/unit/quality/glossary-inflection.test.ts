import { describe, expect, it } from "vitest";
import { usesTerm } from "@/lib/quality/checks/glossary";
import { checkSegment } from "@/lib/quality";

const un = { vi: "Liên Hợp Quốc", de: "Vereinte Nationen", en: "United Nations" };
const wh = { vi: "Nhà Trắng", de: "Weißes Haus", en: "White House" };
const party = { vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "Provincial Party Committee" };

describe("glossary terms in inflected German and English", () => {
  it("accept case endings and compounds", () => {
    expect(usesTerm("vor der Generalversammlung der Vereinten Nationen", un, "de")).toBe(true);
    expect(usesTerm("ein Sprecher des Weißen Hauses sagte", wh, "de")).toBe(true);
    expect(usesTerm("laut dem Provinzparteikomitees", party, "de")).toBe(true);
    expect(usesTerm("the United Nations General Assembly", un, "en")).toBe(true);
  });

  it("still catch a different rendering", () => {
    expect(usesTerm("das Parteikomitee der Provinz", party, "de")).toBe(false);
    expect(usesTerm("die UNO", un, "de")).toBe(false);
    expect(usesTerm("the Provincial Committee of the Party", party, "en")).toBe(false);
  });

  it("a real NTREX sentence with 'Vereinten Nationen' raises no glossary warning", () => {
    const issues = checkSegment(
      {
        source:
          "Phát biểu trước Đại hội đồng Liên Hợp Quốc, Ngoại trưởng Walid al-Moualem cho biết điều kiện ở nước này đang được cải thiện.",
        de: "In einer Ansprache vor der Generalversammlung der Vereinten Nationen erklärte Außenminister Walid al-Moualem, dass sich die Umstände in dem Land verbessern.",
      },
      { glossary: [un] },
    );
    expect(issues.filter((i) => i.code.startsWith("glossary"))).toEqual([]);
  });
});
