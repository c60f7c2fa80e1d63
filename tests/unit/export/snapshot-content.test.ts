import { describe, expect, it } from "vitest";
import { sameContent, snapshotContent } from "@/lib/export/snapshot-content";
import type { ExportDocument } from "@/lib/export/types";

const doc: ExportDocument = {
  articleId: "a1",
  title: "Tiêu đề",
  sourceUrl: null,
  byline: null,
  lang: "de",
  version: null,
  status: "draft",
  publishedAt: null,
  segments: [
    {
      id: "s1",
      position: 0,
      paragraph: 0,
      kind: "title",
      translatable: true,
      source: "Tiêu đề",
      target: "Titel",
      state: "approved",
    },
  ],
};

describe("snapshot content", () => {
  it("ignores version, status and time, so a re-publication of the same text is recognised", () => {
    const published = { ...doc, version: 3, status: "published" as const, publishedAt: "2026-11-27T10:00:00.000Z" };
    // Key order of a stored snapshot does not matter either.
    const { segments, ...rest } = published;
    const reordered = JSON.parse(JSON.stringify({ segments, ...rest })) as ExportDocument;
    expect(sameContent(doc, reordered)).toBe(true);
    expect(snapshotContent(doc)).not.toContain("2026");
  });

  it("sees any change of text, title or segment structure", () => {
    const seg = doc.segments[0]!;
    expect(sameContent(doc, { ...doc, segments: [{ ...seg, target: "Titel." }] })).toBe(false);
    expect(sameContent(doc, { ...doc, title: "Khác" })).toBe(false);
    expect(sameContent(doc, { ...doc, segments: [seg, { ...seg, id: "s2", position: 1 }] })).toBe(false);
  });
});
