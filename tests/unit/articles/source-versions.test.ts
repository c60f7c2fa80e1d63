import { describe, expect, it } from "vitest";
import { planSourceUpdate, sourceAsText, type CurrentSegment } from "@/lib/articles/source-versions";

const seg = (position: number, text: string, paragraph = position) => ({
  position,
  paragraph,
  kind: "body" as const,
  translatable: true,
  text,
});
const current = (position: number, text: string, extra: Partial<CurrentSegment> = {}): CurrentSegment => ({
  ...seg(position, text),
  id: `s${position}`,
  previousSource: null,
  pending: false,
  ...extra,
});

describe("planSourceUpdate", () => {
  const a = "Giá xăng RON 95 tăng 500 đồng mỗi lít từ 15 giờ chiều nay.";
  const b = "Bộ Công Thương cho biết giá dầu thế giới đã tăng ba tuần liền.";
  const c = "Người dân đổ xô đi đổ xăng trước giờ điều chỉnh.";

  it("keeps ids, marks the edited sentence with its old text, adds and removes", () => {
    const edited = a.replace("500", "650");
    const plan = planSourceUpdate(
      [current(0, a), current(1, b), current(2, c)],
      [seg(0, edited), seg(1, c), seg(2, "Mới.")],
    );
    expect(plan.kept.map((k) => [k.id, k.change, k.position, k.previousSource])).toEqual([
      ["s0", "changed", 0, a],
      ["s2", "unchanged", 1, null],
    ]);
    expect(plan.added.map((s) => s.text)).toEqual(["Mới."]);
    expect(plan.removedIds).toEqual(["s1"]);
    expect(plan.stats).toEqual({ unchanged: 1, moved: 0, changed: 1, added: 1, removed: 1 });
  });

  it("a change still awaiting review keeps the text its translation was made for", () => {
    const second = a.replace("500", "650");
    const third = a.replace("500", "700");
    const plan = planSourceUpdate([current(0, second, { previousSource: a, pending: true })], [seg(0, third)]);
    expect(plan.kept[0]).toMatchObject({ change: "changed", previousSource: a });
    const reviewed = planSourceUpdate([current(0, second, { previousSource: a, pending: false })], [seg(0, third)]);
    expect(reviewed.kept[0]).toMatchObject({ change: "changed", previousSource: second });
  });
});

describe("sourceAsText", () => {
  it("joins the sentences of a paragraph with a space and paragraphs with a blank line", () => {
    expect(
      sourceAsText([seg(0, "Tiêu đề", 0), seg(1, "Câu một.", 1), seg(2, "Câu hai.", 1), seg(3, "Đoạn hai.", 2)]),
    ).toBe("Tiêu đề\n\nCâu một. Câu hai.\n\nĐoạn hai.");
  });
});
