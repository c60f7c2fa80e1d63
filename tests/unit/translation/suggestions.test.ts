import { describe, expect, it } from "vitest";
import { nextTerm, numberSuggestions, termsInSource, type MemorySuggestion } from "@/lib/translation/suggestions";

const m = (id: string, score: number, text: string, updatedAt = "2026-01-01T00:00:00.000Z"): MemorySuggestion => ({
  id,
  score,
  vi: "vi",
  text,
  updatedAt,
});

describe("numberSuggestions", () => {
  it("numbers memory best first (newer first on a tie), then the machine text", () => {
    const list = numberSuggestions({
      memory: [m("a", 0.8, "A"), m("b", 1, "B"), m("c", 0.8, "C", "2026-06-01T00:00:00.000Z")],
      machine: "MT",
    });
    expect(list.map((s) => [s.n, s.kind, s.text])).toEqual([
      [1, "memory", "B"],
      [2, "memory", "C"],
      [3, "memory", "A"],
      [4, "machine", "MT"],
    ]);
  });

  it("offers a text only once (at its best place), never an empty one, and at most nine", () => {
    const list = numberSuggestions({ memory: [m("a", 0.9, "Gleich  "), m("b", 0.8, " ")], machine: "Gleich" });
    expect(list.map((s) => [s.n, s.kind])).toEqual([[1, "memory"]]);
    const many = Array.from({ length: 12 }, (_, i) => m(`m${i}`, 1 - i / 100, `T${i}`));
    expect(numberSuggestions({ memory: many, machine: "MT" }).map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(numberSuggestions({ memory: [], machine: null })).toEqual([]);
  });
});

describe("termsInSource", () => {
  const glossary = [
    { vi: "Tỉnh", de: "Provinz", en: "province", caseSensitive: false },
    { vi: "Tỉnh ủy", de: "Provinzparteikomitee", en: "", caseSensitive: false },
    { vi: "Hà Nội", de: "Hanoi", en: "Hanoi", note: "city", caseSensitive: false },
  ];
  it("finds terms as the editor highlights them (longest wins), in reading order, once each", () => {
    const source = "Hà Nội: Tỉnh ủy họp, tỉnh và Hà Nội.";
    expect(termsInSource(source, glossary, "de")).toEqual([
      { vi: "Hà Nội", target: "Hanoi", note: "city" },
      { vi: "Tỉnh ủy", target: "Provinzparteikomitee", note: "" },
      { vi: "Tỉnh", target: "Provinz", note: "" },
    ]);
    // A term without a target in this language is not offered.
    expect(termsInSource(source, glossary, "en").map((t) => t.vi)).toEqual(["Hà Nội", "Tỉnh"]);
    expect(termsInSource("Tỉnhthành", glossary, "de")).toEqual([]);
  });
});

describe("nextTerm", () => {
  const terms = [
    { vi: "a", target: "Hanoi", note: "" },
    { vi: "b", target: "Provinz", note: "" },
  ];
  it("walks through the terms the draft does not hold yet, then starts again", () => {
    expect(nextTerm(terms, "")?.target).toBe("Hanoi");
    expect(nextTerm(terms, "In hanoi")?.target).toBe("Provinz");
    expect(nextTerm(terms, "Hanoi, Provinz")?.target).toBe("Hanoi");
    expect(nextTerm([], "x")).toBeNull();
  });
});
