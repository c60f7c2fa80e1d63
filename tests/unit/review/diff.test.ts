import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type DiffPart, diffStats, diffThreeWay, diffWords } from "@/lib/review/diff";

const dir = path.resolve(import.meta.dirname, "../../fixtures/mlqe-pe-en-de-dev");
const read = (name: string): string[] => readFileSync(path.join(dir, name), "utf8").split("\n").slice(0, -1);

const side = (parts: DiffPart[], kind: "added" | "removed"): string =>
  parts
    .filter((p) => p.kind === "equal" || p.kind === kind)
    .map((p) => p.text)
    .join("");

describe("diffWords", () => {
  it("shows a changed Vietnamese tone mark as one changed word", () => {
    const parts = diffWords("Ông Nguyễn Đức Hiển phát biểu", "Ông Nguyễn Đức Hiến phát biểu");
    expect(parts).toEqual([
      { kind: "equal", text: "Ông Nguyễn Đức " },
      { kind: "removed", text: "Hiển" },
      { kind: "added", text: "Hiến" },
      { kind: "equal", text: " phát biểu" },
    ]);
    expect(diffStats(parts)).toEqual({ added: 1, removed: 1 });
  });

  it("treats combining and precomposed diacritics as the same text, and returns NFC", () => {
    const decomposed = "Nguye\u0302\u0303n \u0110u\u031B\u0301c Hie\u0302\u0309n";
    expect(decomposed).not.toBe("Nguyễn Đức Hiển");
    expect(diffWords(decomposed, "Nguyễn Đức Hiển")).toEqual([{ kind: "equal", text: "Nguyễn Đức Hiển" }]);
    // A mark that differs after normalisation replaces the whole syllable, never half a grapheme.
    const parts = diffWords("Hie\u0302\u0309n", "Hie\u0302\u0301n");
    expect(parts).toEqual([
      { kind: "removed", text: "Hiển" },
      { kind: "added", text: "Hiến" },
    ]);
  });

  it("diffs German umlauts and eszett as whole words", () => {
    const parts = diffWords("Die Bürger mussten hohe Gebühren zahlen.", "Die Buerger müssen hohe Gebühren zahlen!");
    expect(parts).toEqual([
      { kind: "equal", text: "Die " },
      { kind: "removed", text: "Bürger mussten" },
      { kind: "added", text: "Buerger müssen" },
      { kind: "equal", text: " hohe Gebühren zahlen" },
      { kind: "removed", text: "." },
      { kind: "added", text: "!" },
    ]);
    expect(diffWords("Straße", "Strasse")).toEqual([
      { kind: "removed", text: "Straße" },
      { kind: "added", text: "Strasse" },
    ]);
  });

  it("returns one equal part for identical text and nothing for two empty texts", () => {
    expect(diffWords("Sáng nay (24/3), giá tăng 10,03%.", "Sáng nay (24/3), giá tăng 10,03%.")).toEqual([
      { kind: "equal", text: "Sáng nay (24/3), giá tăng 10,03%." },
    ]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("handles an empty side as all added or all removed", () => {
    expect(diffWords("", "Kommentar (0)")).toEqual([{ kind: "added", text: "Kommentar (0)" }]);
    expect(diffWords("[Anzeige_2]", "")).toEqual([{ kind: "removed", text: "[Anzeige_2]" }]);
    expect(diffStats(diffWords("", "Kommentar (0)"))).toEqual({ added: 4, removed: 0 });
  });

  it("diffs a real MT → post-edit pair from MLQE-PE and rebuilds both sides", () => {
    const mt = read("dev.mt");
    const pe = read("dev.pe");
    const parts = diffWords(mt[0] ?? "", pe[0] ?? "");
    expect(parts.filter((p) => p.kind !== "equal")).toEqual([
      { kind: "removed", text: "nahm " },
      { kind: "added", text: "beteiligte sich " },
      { kind: "removed", text: "teil " },
      { kind: "removed", text: "die" },
      { kind: "added", text: "das" },
      { kind: "removed", text: "Rasias heimgesucht" },
      { kind: "added", text: "Razzien geplagt" },
    ]);
    expect(diffStats(parts)).toEqual({ added: 5, removed: 5 });
    for (let k = 0; k < 200; k++) {
      const before = mt[k] ?? "",
        after = pe[k] ?? "";
      const d = diffWords(before, after);
      expect(side(d, "removed")).toBe(before.normalize("NFC"));
      expect(side(d, "added")).toBe(after.normalize("NFC"));
      // Merged output: never two neighbouring parts of the same kind, never empty text.
      d.forEach((p, i) => {
        expect(p.text).not.toBe("");
        expect(p.kind === d[i - 1]?.kind).toBe(false);
      });
    }
  });
});

describe("diffThreeWay", () => {
  it("diffs MT → translator and translator → reviewer", () => {
    const result = diffThreeWay(
      "Nguyen Duc Hien sagte heute Morgen",
      "Nguyễn Đức Hiển sagte heute Morgen",
      "Nguyễn Đức Hiển sagte am Morgen des 24. März",
    );
    expect(diffStats(result.translator)).toEqual({ added: 3, removed: 3 });
    expect(result.reviewer).toEqual([
      { kind: "equal", text: "Nguyễn Đức Hiển sagte " },
      { kind: "removed", text: "heute" },
      { kind: "added", text: "am" },
      { kind: "equal", text: " Morgen" },
      { kind: "added", text: " des 24. März" },
    ]);
  });

  it("treats a stage that has not happened as unchanged, and missing MT as nothing", () => {
    expect(diffThreeWay("Guten Morgen", null, null)).toEqual({
      translator: [{ kind: "equal", text: "Guten Morgen" }],
      reviewer: [{ kind: "equal", text: "Guten Morgen" }],
    });
    expect(diffThreeWay(null, "Guten Morgen", null).translator).toEqual([{ kind: "added", text: "Guten Morgen" }]);
    expect(diffThreeWay(null, null, null)).toEqual({ translator: [], reviewer: [] });
  });
});
