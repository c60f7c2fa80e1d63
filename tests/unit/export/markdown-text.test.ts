import { describe, expect, it } from "vitest";
import { renderExport } from "@/lib/export";
import { escapeMarkdown } from "@/lib/export/formats/markdown";
import { draftDoc, publishedDoc, SOURCE_URL, targetLine, viLine } from "./fixture";

describe("Markdown export", () => {
  it("renders title, bold lead, paragraphs, italic caption, byline and an autolinked source", () => {
    const { body, contentType, extension } = renderExport(publishedDoc("en"), "markdown");
    expect([contentType, extension]).toEqual(["text/markdown; charset=utf-8", "md"]);
    const blocks = body.trimEnd().split("\n\n");
    expect(blocks[0]).toBe("# Welsh AMs worried about 'looking like muppets'");
    expect(blocks[1]).toBe(`**${targetLine("en", 1)}**`);
    expect(blocks[2]).toBe(`${targetLine("en", 2)} ${targetLine("en", 3)}`);
    expect(blocks[3]).toBe("*The Welsh Assembly building in Cardiff.*");
    expect(blocks.at(-2)).toBe("Loan Phương - Ngọc Thảo");
    expect(blocks.at(-1)).toBe(`Nguồn: <${SOURCE_URL}>`);
    expect(body).not.toContain("[Anzeige_2]");
  });

  it("puts a draft note on the first line of a draft", () => {
    const md = renderExport(draftDoc("de"), "markdown").body;
    expect(md.split("\n")[0]).toBe(
      "> **ENTWURF – aktueller Bearbeitungsstand, nicht veröffentlicht (art\\_bbc381790)**",
    );
    expect(renderExport(publishedDoc("de"), "markdown").body.startsWith("# ")).toBe(true);
  });

  it("escapes characters that would become markup or raw HTML", () => {
    expect(escapeMarkdown("<script>alert(1)</script>")).toBe("\\<script\\>alert(1)\\</script\\>");
    expect(escapeMarkdown("# Không phải tiêu đề *đậm* [link](x)")).toBe(
      "\\# Không phải tiêu đề \\*đậm\\* \\[link\\](x)",
    );
    expect(escapeMarkdown("1. Tháng")).toBe("1\\. Tháng");
    expect(escapeMarkdown("Tăng 10,03 % – 40.000 tỷ")).toBe("Tăng 10,03 % – 40.000 tỷ");
  });
});

describe("plain-text export", () => {
  it("writes blocks separated by blank lines, without markup or boilerplate", () => {
    const { body, contentType, extension } = renderExport(publishedDoc("de"), "text");
    expect([contentType, extension]).toEqual(["text/plain; charset=utf-8", "txt"]);
    const blocks = body.trimEnd().split("\n\n");
    expect(blocks[0]).toBe(targetLine("de", 0));
    expect(blocks[1]).toBe(targetLine("de", 1));
    expect(blocks[2]).toBe(`${targetLine("de", 2)} ${targetLine("de", 3)}`);
    expect(blocks.at(-1)).toBe(`Nguồn: ${SOURCE_URL}`);
    expect(body).not.toContain("[Anzeige_2]");
    expect(body).not.toContain(viLine(0));
  });

  it("marks a draft on the first line and keeps text verbatim (no escaping)", () => {
    const doc = draftDoc("en");
    const seg = doc.segments.find((s) => s.kind === "body" && s.target !== "");
    if (!seg) throw new Error("fixture");
    seg.target = "Giá <b>tăng</b> & \u0007giảm";
    const body = renderExport(doc, "text").body;
    expect(body.split("\n")[0]).toBe("*** DRAFT – current working state, not published (art_bbc381790) ***");
    expect(body).toContain("Giá <b>tăng</b> & giảm");
  });
});
