import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes, decodeImportBytes, looksLikeHtml } from "@/lib/articles/html/decode";
import { parseHtml } from "@/lib/articles/parse-html";
import { parseImport } from "@/lib/articles/parse-import";

const REAL = path.resolve(import.meta.dirname, "../../fixtures/real-world/html");
const page = (name: string) => decodeHtmlBytes(fs.readFileSync(path.join(REAL, `${name}.html`)));
// A page in the shape of a Vietnamese news site, written for this test (no licensed Vietnamese page
// exists in public fixtures): nav, ad marker, iframe, share row, "Bình luận (0)", related list, footer.
const vietnamese = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/html/vi-sample-page.html"),
  "utf8",
);
const texts = (article: ReturnType<typeof parseHtml>, kind: string) =>
  article.segments.filter((s) => s.kind === kind).map((s) => s.text);

describe("parseHtml", () => {
  it("takes title, sapo, captions with credit, body, source line and byline out of a Vietnamese page", () => {
    const article = parseHtml(vietnamese);
    expect(article.title).toBe("Giá xăng giảm mạnh từ chiều nay");
    expect(texts(article, "lead")).toEqual([
      "Từ 15h hôm nay, giá xăng RON 95 giảm 1.000 đồng mỗi lít, mức giảm mạnh nhất từ đầu năm.",
    ]);
    expect(texts(article, "caption")).toEqual(["Người dân đổ xăng tại Hà Nội.", "Ảnh: Ngọc Thành"]);
    expect(texts(article, "body")[0]).toMatch(/^Liên Bộ Công Thương/u);
    expect(texts(article, "body")).toContain("Giá dầu cũng giảm");
    expect(texts(article, "source")).toEqual(["Nguồn: https://baomau.vn/gia-xang-giam-123.html"]);
    expect(article.byline).toBe("Minh Anh");
    expect(article.sourceUrl).toBe("https://baomau.vn/gia-xang-giam-123.html");
    const all = article.segments.map((s) => s.text).join("\n");
    for (const left of [
      "Quảng cáo",
      "Bình luận",
      "Chia sẻ",
      "Tin liên quan",
      "Giá vàng",
      "Trang chủ",
      "Giấy phép",
      "ads",
    ]) {
      expect(all).not.toContain(left);
    }
    expect(article.segments.filter((s) => s.translatable).map((s) => s.kind)).not.toContain("byline");
  });

  it("reads a real German page: bold lead, figcaption with its (Bild: …) credit, canonical URL", () => {
    const article = parseHtml(page("de-heise"));
    expect(article.title).toBe("1Password für Mac generiert Einmal-Passwörter");
    expect(texts(article, "lead").join(" ")).toMatch(/^Das in der iOS-Version/u);
    expect(texts(article, "caption").join(" ")).toBe("1Password scannt auch QR-Codes. (Bild: Hersteller)");
    expect(article.sourceUrl).toMatch(/^http:\/\/www\.heise\.de\/mac-and-i\/meldung\//u);
    expect(article.segments.map((s) => s.text).join(" ")).not.toMatch(/Heise-Foren|teilen\d/u);
  });

  it("finds a paywall preview that is a bare <div> of text and leaves the subscription offers out", () => {
    const article = parseHtml(page("de-badische-zeitung-latin1-paywall"));
    expect(texts(article, "body").join(" ")).toMatch(/^Gesine aus Tübingen läuft die Zeit davon\./u);
    const translatable = article.segments
      .filter((s) => s.translatable)
      .map((s) => s.text)
      .join("\n");
    for (const left of ["Jetzt weiterlesen", "Bereits Abonnent", "Weitere Artikel", "Polizist aus dem Freiburger"]) {
      expect(translatable).not.toContain(left);
    }
  });

  it("never lets scripts, styles or iframes reach the text", () => {
    const html = `<html><head><title>T</title><style>p{color:red}</style></head><body><h1>Tiêu đề bài viết</h1>
      <article><p>Đoạn văn thứ nhất của bài viết có đủ dài để được giữ lại trong bài, không phải quảng cáo.</p>
      <script>document.write("script text")</script><iframe srcdoc="<p>iframe text</p>"></iframe>
      <p>Đoạn văn thứ hai của bài viết, cũng đủ dài để là một đoạn thân bài đúng nghĩa, với dấu chấm.</p></article></body></html>`;
    const all = parseHtml(html)
      .segments.map((s) => s.text)
      .join(" ");
    expect(all).not.toMatch(/script text|iframe text|color:red/u);
    expect(all).toContain("Đoạn văn thứ hai");
  });

  it("refuses a page without an article with a code, and an oversized page before parsing", () => {
    expect(() => parseHtml("<html><head><title>x</title></head><body><nav>a</nav></body></html>")).toThrow(
      expect.objectContaining({ code: "IMPORT_HTML_NO_ARTICLE" }),
    );
    const big = `<html><body><p>${"a ".repeat(600_000)}</p></body></html>`;
    expect(() => parseImport({ format: "html", content: big })).toThrow(
      expect.objectContaining({ code: "IMPORT_TOO_LARGE" }),
    );
  });
});

describe("decoding a saved page", () => {
  it("honours a charset declared after the first kilobyte and maps C1 references as browsers do", () => {
    const text = page("de-kyffhaeuser-latin1-late-charset");
    expect(text).toContain("Oktober");
    expect(text).not.toContain("\ufffd");
    expect(
      parseHtml(text)
        .segments.map((s) => s.text)
        .join(" "),
    ).toContain("„Kälteschock“");
  });

  it("falls back to UTF-8 when nothing is declared and ignores <script charset>", () => {
    expect(page("en-nytimes-no-meta-charset")).not.toContain("\ufffd");
    expect(page("de-automobilwoche-windows1252")).toMatch(/Aufsichtsr\u00e4ten/u);
  });

  it("tells pages from text and JSON by their content", () => {
    expect(looksLikeHtml(vietnamese)).toBe(true);
    expect(looksLikeHtml('{"title": "<p>x</p>", "paragraphs": []}')).toBe(false);
    expect(looksLikeHtml("Giá xăng giảm\nTừ 15h hôm nay <b>giá</b> giảm.")).toBe(false);
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body>'),
      0xe4,
    ]);
    expect(decodeImportBytes(latin1)).toContain("ä");
  });
});
