import { describe, expect, it } from "vitest";
import {
  buildContext,
  formEncodedLength,
  planBatches,
  truncateEncoded,
  DEFAULT_BATCH_LIMITS,
} from "@/lib/translation/batch";
import { TranslationError } from "@/lib/translation/types";

const item = (i: number, text = `Câu số ${i}.`, context = `Đoạn ${Math.floor(i / 7)}`) => ({
  id: `s${i}`,
  text,
  context,
});

describe("formEncodedLength", () => {
  it("matches URLSearchParams for ASCII, Vietnamese and emoji", () => {
    for (const s of ["Hello world", "Tỉnh ủy Quảng Ninh tăng 10,03 %", "a&b=c+d/é", "😀 nghìn tỷ đồng", ""]) {
      expect(formEncodedLength(s)).toBe(new URLSearchParams({ t: s }).toString().length - 2);
    }
  });
  it("counts a Vietnamese letter with stacked diacritics as 9 bytes", () => {
    expect(formEncodedLength("ệ")).toBe(9);
  });
});

describe("planBatches", () => {
  it("puts at most 50 texts in a request: 120 segments → 3 requests", () => {
    const batches = planBatches(Array.from({ length: 120 }, (_, i) => item(i)));
    expect(batches.map((b) => b.items.length)).toEqual([50, 50, 20]);
    expect(batches.flatMap((b) => b.items.map((i) => i.id))).toEqual(Array.from({ length: 120 }, (_, i) => `s${i}`));
  });

  it("keeps every request under the byte limit with big multi-byte texts", () => {
    // ~2 000 Vietnamese characters per text ≈ 14 KB encoded: only a few fit in 100 KiB
    const big = "Nghị quyết của Tỉnh ủy về phát triển kinh tế – xã hội năm 2025 đạt 10,03 %. ".repeat(26);
    const items = Array.from({ length: 30 }, (_, i) => item(i, big, `Đoạn văn ${i}: ${big}`));
    const batches = planBatches(items, DEFAULT_BATCH_LIMITS, { headline: "Tin Quảng Ninh" });
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) {
      expect(b.items.length).toBeLessThanOrEqual(50);
      const body = new URLSearchParams();
      body.append("target_lang", "DE");
      body.append("source_lang", "VI");
      body.append("context", b.context);
      body.append("show_billed_characters", "1");
      for (const it of b.items) body.append("text", it.text);
      const real = Buffer.byteLength(body.toString());
      expect(real).toBeLessThanOrEqual(100 * 1024);
      expect(b.bytes).toBeGreaterThanOrEqual(real);
    }
    expect(batches.flatMap((b) => b.items).length).toBe(30);
  });

  it("respects custom limits", () => {
    const batches = planBatches(
      Array.from({ length: 10 }, (_, i) => item(i)),
      { maxTexts: 3, maxBytes: 100 * 1024 },
    );
    expect(batches.map((b) => b.items.length)).toEqual([3, 3, 3, 1]);
  });

  it("refuses a single text that cannot fit any request", () => {
    const huge = "ệ".repeat(12_000); // 108 000 bytes encoded
    try {
      planBatches([item(1), { id: "huge", text: huge, context: "" }]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TranslationError);
      expect((e as TranslationError).code).toBe("MT_REQUEST_TOO_LARGE");
      expect((e as TranslationError).params.id).toBe("huge");
    }
  });

  it("builds the context from the headline and the distinct paragraphs of the batch", () => {
    const items = [
      { id: "a", text: "Câu 1.", context: "Đoạn một. Câu 1. Câu 2." },
      { id: "b", text: "Câu 2.", context: "Đoạn một. Câu 1. Câu 2." },
      { id: "c", text: "Câu 3.", context: "Đoạn hai. Câu 3." },
    ];
    const [batch] = planBatches(items, DEFAULT_BATCH_LIMITS, { headline: "Tiêu đề bài báo" });
    expect(batch!.context).toBe("Tiêu đề bài báo\n\nĐoạn một. Câu 1. Câu 2.\n\nĐoạn hai. Câu 3.");
  });

  it("returns no batches for no items", () => {
    expect(planBatches([])).toEqual([]);
  });
});

describe("buildContext", () => {
  it("truncates long contexts fairly: every paragraph keeps a share, headline first", () => {
    const long = "Người dân tỉnh Quảng Ninh đón năm mới. ".repeat(400);
    const ctx = buildContext("Tiêu đề", [long, "Đoạn ngắn.", long + "x"], 2048);
    expect(formEncodedLength(ctx)).toBeLessThanOrEqual(2048);
    expect(ctx.startsWith("Tiêu đề\n\n")).toBe(true);
    expect(ctx).toContain("Đoạn ngắn.");
    expect(ctx.split("\n\n")).toHaveLength(4);
    expect(ctx).toContain("…");
  });
  it("truncateEncoded cuts at a word boundary", () => {
    const t = truncateEncoded("một hai ba bốn năm sáu bảy tám chín mười", 60);
    expect(formEncodedLength(t)).toBeLessThanOrEqual(60);
    expect(t.endsWith("…")).toBe(true);
    expect(t).not.toMatch(/\s…$/);
  });
});
