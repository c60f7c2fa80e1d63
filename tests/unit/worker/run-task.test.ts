import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { exportTmx } from "@/lib/translation/tmx";
import { prepareArticleImport } from "@/lib/articles/prepare-import";
import { prepareTmxImport } from "@/lib/translation/prepare-tmx";
import { runSlicedTask, runTask, WORKER_THRESHOLD_BYTES } from "@/lib/worker/run-task";

const options = { glossary: [], style: { diacritics: "keep" as const } };
const sentence = (i: number) =>
  `Sáng nay (24/3), UBND TP.HCM công bố kế hoạch đầu tư ${i}.000 tỷ đồng cho giao thông công cộng.`;
const bigText = ["Tiêu đề bài viết", ...Array.from({ length: 1200 }, (_, i) => sentence(i))].join("\n");

async function collect<T>(slices: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const slice of slices) all.push(...slice);
  return all;
}

describe("runSlicedTask / runTask", () => {
  it("gives the same result in a worker thread as inline, in slices", async () => {
    expect(bigText.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    const run = await runSlicedTask("article", [{ format: "text", content: bigText }, options], bigText.length);
    try {
      const inline = prepareArticleImport({ format: "text", content: bigText }, options);
      const { items, ...head } = inline;
      expect(run.head).toEqual(head);
      expect(await collect(run.slices)).toEqual(items);
    } finally {
      run.close();
    }
  }, 60_000);

  it("brings a coded error from the worker back as the same AppError, with its params", async () => {
    const unclosed = '<tu><tuv xml:lang="vi"><seg>a</seg></tuv>'.repeat(4000);
    const broken = `<?xml version="1.0"?>\n<tmx version="1.4"><body>${unclosed}</body></tmx>`;
    expect(broken.length).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    const error = await runTask("tmx", [broken, 10 * 1024 * 1024], broken.length).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "TMX_INVALID" });
    expect((error as AppError).params).toHaveProperty("line");
  }, 60_000);

  it("keys TMX units by their normalised source, merging repeats", async () => {
    const units = Array.from({ length: 3000 }, (_, i) => ({
      vi: `Câu  số ${i % 1500}`,
      de: i < 1500 ? `Satz ${i}` : undefined,
      en: `Sentence ${i}`,
    }));
    const xml = exportTmx(units);
    const result = await runTask("tmx", [xml, 10 * 1024 * 1024], xml.length);
    expect(result).toEqual(prepareTmxImport(xml, 10 * 1024 * 1024));
    expect(result.items).toHaveLength(1500);
    // The second unit for "Câu số 7" has no German: the first one's is kept; its English replaces.
    expect(result.items[7]).toMatchObject({ vi: "Câu số 7", de: "Satz 7", en: "Sentence 1507" });
  }, 60_000);
});
