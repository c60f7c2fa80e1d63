import { describe, expect, it } from "vitest";
import { renderExport } from "@/lib/export";
import { draftDoc, publishedDoc, SOURCE_URL, targetLine, viLine } from "./fixture";

const escaped = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("HTML export", () => {
  it("writes a complete document in the target language with the structure in its elements", () => {
    const { body, contentType, extension } = renderExport(publishedDoc("de"), "html");
    expect(contentType).toBe("text/html; charset=utf-8");
    expect(extension).toBe("html");
    expect(body.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(body).toContain('<html lang="de">');
    expect(body).toContain('<meta charset="utf-8">');
    expect(body).toContain(`<title>${targetLine("de", 0)}</title>`);
    expect(body).toContain(`<h1>${targetLine("de", 0)}</h1>`);
    expect(body).toContain(`<p class="lead">${targetLine("de", 1)}</p>`);
    // Two sentences of one paragraph are joined with a space inside one <p>.
    expect(body).toContain(`<p>${targetLine("de", 2)} ${targetLine("de", 3)}</p>`);
    expect(body).toContain("<figure><figcaption>Das Gebäude der Nationalversammlung in Cardiff.</figcaption></figure>");
    expect(body).toContain('<p class="byline">Loan Phương - Ngọc Thảo</p>');
    expect(body).toContain(
      `<footer><p class="source">Nguồn: <a href="${SOURCE_URL}" rel="nofollow noopener">${SOURCE_URL}</a></p></footer>`,
    );
    expect(body).toContain('<meta name="duyet-status" content="published">');
    expect(body).not.toContain("<!--");
  });

  it("leaves out boilerplate and keeps no Vietnamese in a published snapshot except byline and source line", () => {
    const { body } = renderExport(publishedDoc("en"), "html");
    expect(body).not.toContain("[Anzeige_2]");
    expect(body).not.toContain(viLine(2));
    expect(body).not.toContain('lang="vi"');
    expect(body).toContain(escaped(targetLine("en", 0)));
  });

  it("marks a draft export visibly and tags untranslated sentences as Vietnamese", () => {
    const { body } = renderExport(draftDoc("de"), "html");
    expect(body).toContain('<meta name="duyet-status" content="draft">');
    expect(body).toMatch(/^<!DOCTYPE html>\n<!-- ENTWURF – .* \(art_bbc381790\) -->\n<html lang="de">/);
    const untranslated = draftDoc("de").segments.find((s) => s.translatable && s.state === "untranslated");
    expect(untranslated).toBeDefined();
    expect(body).toContain(`<span lang="vi" class="untranslated">${untranslated?.source}</span>`);
  });

  it("escapes markup in segments so a <script> stays text", () => {
    const doc = publishedDoc("en");
    const seg = doc.segments.find((s) => s.kind === "body");
    if (!seg) throw new Error("fixture has no body");
    seg.target = `Reader wrote <script>alert("x")</script> & <img src=x onerror=alert(1)> in 'comments'`;
    const { body } = renderExport(doc, "html");
    expect(body).not.toContain("<script>");
    expect(body).not.toContain("<img");
    expect(body).toContain(
      "Reader wrote &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; in &#39;comments&#39;",
    );
  });

  it("links only http(s) URLs in the source line and escapes the article id in a draft comment", () => {
    const doc = draftDoc("en");
    doc.articleId = "a--><script>x</script>";
    const src = doc.segments.find((s) => s.kind === "source");
    if (!src) throw new Error("fixture has no source line");
    src.source = "Nguồn: javascript:alert(1) và https://vnexpress.net/a?b=1&c=2.";
    const { body } = renderExport(doc, "html");
    expect(body).toContain(
      '<a href="https://vnexpress.net/a?b=1&amp;c=2" rel="nofollow noopener">https://vnexpress.net/a?b=1&amp;c=2</a>.',
    );
    expect(body).not.toContain('href="javascript');
    expect(body).not.toContain("<script>");
    // The comment must not be closable from inside.
    expect(body.split("\n")[1]).not.toMatch(/-->.*-->/);
  });

  it("falls back to the article record for title, byline and source URL when segments lack them", () => {
    const doc = publishedDoc("en");
    doc.segments = doc.segments.filter((s) => s.kind === "body");
    const { body } = renderExport(doc, "html");
    expect(body).toContain(`<h1>${escaped(doc.title)}</h1>`);
    expect(body).toContain('<p class="byline">Loan Phương - Ngọc Thảo</p>');
    expect(body).toContain(`<p class="source">Source: <a href="${SOURCE_URL}"`);
  });
});
