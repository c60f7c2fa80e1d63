import { describe, expect, it } from "vitest";
import { alignVersions } from "@/lib/articles/align-versions";
import { alignGap, MAX_GAP_CELLS } from "@/lib/articles/align-gap";
import { parseImport } from "@/lib/articles/parse-import";
import { edit, ntrexStory, storyText, withParagraphs, type Story } from "./source-edits";

/** Both versions through the importer's own parser and segmenter, then aligned. */
function align(before: Story, after: Story) {
  const old = parseImport({ format: "text", content: storyText(before) }).segments.map((s) => s.text);
  const next = parseImport({ format: "text", content: storyText(after) }).segments.map((s) => s.text);
  const { matches, removed } = alignVersions(old, next);
  const rows = matches.map((m, j) => ({ text: next[j]!, ...m, old: "oldIndex" in m ? old[m.oldIndex] : undefined }));
  return { rows, removed: removed.map((i) => old[i]!), old, next };
}

const story = ntrexStory();
const kinds = (rows: { kind: string }[]) => rows.map((r) => r.kind);

describe("alignVersions on an NTREX article edited by a newsroom", () => {
  it("an identical version is unchanged throughout", () => {
    const { rows, removed, old } = align(story, story);
    expect(rows).toHaveLength(old.length);
    expect(rows.every((r) => r.kind === "unchanged" && r.old === r.text)).toBe(true);
    expect(removed).toEqual([]);
  });

  it("a corrected number is one changed sentence, everything else unchanged", () => {
    const sentence = story.paragraphs[3]![0]!;
    const corrected = sentence.replace("2017", "2018");
    const { rows, removed } = align(story, edit(story, 3, 0, corrected));
    const changed = rows.filter((r) => r.kind === "changed");
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ text: corrected, old: sentence, via: "edit" });
    expect((changed[0] as { similarity: number }).similarity).toBeGreaterThan(0.95);
    expect(rows.filter((r) => r.kind === "unchanged")).toHaveLength(rows.length - 1);
    expect(removed).toEqual([]);
  });

  it("an added paragraph is new and shifts nothing else", () => {
    const added = [
      "Bà Elin Jones cho biết dự thảo sẽ được công bố vào thứ Hai.",
      "Cuộc bỏ phiếu dự kiến diễn ra vào tháng 11.",
    ];
    const { rows, removed } = align(
      story,
      withParagraphs(story, (p) => p.splice(2, 0, added)),
    );
    expect(rows.filter((r) => r.kind === "new").map((r) => r.text)).toEqual(added);
    expect(rows.filter((r) => r.kind === "unchanged" && !r.moved)).toHaveLength(rows.length - 2);
    expect(removed).toEqual([]);
  });

  it("a split sentence: the better-matching part keeps the translation, the other part is new", () => {
    const whole = story.paragraphs[2]![0]!;
    const [head, tail] = whole.split(", nhưng ");
    const first = `${head}.`;
    const second = `Tuy nhiên, ông ${tail}`;
    const { rows, removed } = align(story, edit(story, 2, 0, `${first} ${second}`));
    const byText = new Map(rows.map((r) => [r.text, r]));
    expect(byText.get(first)).toMatchObject({ kind: "changed", via: "split", old: whole });
    expect(byText.get(second)).toMatchObject({ kind: "new" });
    expect(removed).toEqual([]);
  });

  it("two merged sentences: the better match keeps its translation, the other is removed", () => {
    const [, a, b] = story.paragraphs[0]!;
    const merged = `${a!.replace(/\.$/u, "")}, và ${b!.charAt(0).toLowerCase()}${b!.slice(1)}`;
    const next = withParagraphs(story, (p) => p[0]!.splice(1, 2, merged));
    const { rows, removed } = align(story, next);
    const row = rows.find((r) => r.text === merged);
    expect(row).toMatchObject({ kind: "changed", via: "merge" });
    expect([a, b]).toContain(row!.old);
    expect(removed).toEqual([a, b].filter((x) => x !== row!.old));
  });

  it("a reordered paragraph stays unchanged (moved), a deleted sentence is removed", () => {
    const dropped = story.paragraphs[2]![1]!;
    const next = withParagraphs(story, (p) => {
      p[2]!.splice(1, 1);
      const last = p.pop()!;
      p.splice(1, 0, last);
    });
    const { rows, removed } = align(story, next);
    expect(kinds(rows).every((k) => k === "unchanged")).toBe(true);
    expect(rows.filter((r) => "moved" in r && r.moved).map((r) => r.text)).toEqual(story.paragraphs.at(-1));
    expect(rows.every((r) => r.old === r.text)).toBe(true);
    expect(removed).toEqual([dropped]);
  });

  it("all the edits at once", () => {
    const numbered = story.paragraphs[3]![0]!.replace("2017", "2018");
    const next = withParagraphs(edit(story, 3, 0, numbered), (p) => {
      p.splice(4, 0, ["Một đoạn mới được thêm vào sau khi bài viết được xuất bản."]);
      p[2]!.splice(1, 1);
    });
    const { rows, removed } = align(story, next);
    expect(rows.filter((r) => r.kind === "changed").map((r) => r.text)).toEqual([numbered]);
    expect(rows.filter((r) => r.kind === "new")).toHaveLength(1);
    expect(removed).toEqual([story.paragraphs[2]![1]]);
  });

  it("an unrelated sentence is not taken for an edit", () => {
    const other = "Giá xăng dầu trong nước tăng mạnh từ 15 giờ chiều nay theo quyết định của liên Bộ.";
    const { rows, removed } = align(story, edit(story, 1, 1, other));
    expect(rows.find((r) => r.text === other)).toMatchObject({ kind: "new" });
    expect(removed).toEqual([story.paragraphs[1]![1]]);
  });
});

describe("alignGap bounds", () => {
  it("does not pair a gap beyond MAX_GAP_CELLS (its sentences stay removed and new)", () => {
    const side = Math.ceil(Math.sqrt(MAX_GAP_CELLS)) + 1;
    const olds = Array.from({ length: side }, (_, i) => `Câu số ${i} của bản cũ.`);
    const news = olds.map((s) => s.replace("cũ", "mới"));
    expect(alignGap(olds, news)).toEqual([]);
    expect(alignGap(olds.slice(0, 10), news.slice(0, 10))).toHaveLength(10);
  });

  it("aligns a long article in one call (5,000 segments, a few edits)", () => {
    const old = Array.from({ length: 5000 }, (_, i) => `Câu thứ ${i} trong bài viết dài về thời sự.`);
    const next = old.map((s, i) => (i % 1000 === 7 ? s.replace("dài", "rất dài") : s));
    const { matches, removed } = alignVersions(old, next);
    expect(matches.filter((m) => m.kind === "changed")).toHaveLength(5);
    expect(removed).toEqual([]);
  });
});
