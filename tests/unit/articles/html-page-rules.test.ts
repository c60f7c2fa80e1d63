// The page rules added for the third real-page set (tests/fixtures/real-world/html-more/tune), each in
// both directions: what a rule takes out or in, and the look-alike it must leave alone.
import { describe, expect, it } from "vitest";
import type { Block } from "@/lib/articles/html/blocks";
import { classifyBlock, isFurniture } from "@/lib/articles/html/rules";

const block = (text: string, extra: Partial<Block> = {}): Block => ({
  role: "text",
  text,
  linkShare: 0,
  bold: false,
  context: "",
  ...extra,
});
const kind = (text: string, extra: Partial<Block> = {}) => classifyBlock(block(text, extra));

describe("classifyBlock on the new page rules", () => {
  it("drops 'continues after the advertisement' labels, keeps a sentence about advertising", () => {
    expect(kind("CONTINUA DEPOIS DA PUBLICIDADE")).toBe("drop");
    expect(kind("Sigue después de la publicidad")).toBe("drop");
    expect(kind("Publicidad")).toBe("drop");
    expect(kind("A publicidade estatal cresceu 12% no primeiro trimestre, segundo o relatório.")).toBe("body");
  });

  it("drops Spanish, Portuguese and English related-article headers, keeps sentences that start alike", () => {
    expect(kind("TE PUEDE INTERESAR")).toBe("drop");
    expect(kind("Filed Under: Arts, Visual Art, Louvre Museum")).toBe("drop");
    expect(kind("Leia também: Militares enviaram 88 questões ao TSE")).toBe("drop");
    expect(kind("Tagging along were two ministers and the mayor of Punta Arenas.")).toBe("body");
  });

  it("drops subscription appeals and print/trial offers, keeps long paragraphs and other uses", () => {
    expect(kind("Assine o 247, apoie por Pix, inscreva-se na TV 247 e assista:")).toBe("drop");
    expect(kind("Suscríbete para leer la historia completa.")).toBe("drop");
    expect(kind("Kostenlos erhalten Sie die aktuelle Ausgabe hier .")).toBe("drop");
    expect(kind("Der Eintritt ins Museum ist für Kinder kostenlos, Erwachsene zahlen acht Euro.")).toBe("body");
  });

  it("takes a short © line as a photo credit, not a rights footer", () => {
    expect(kind("© Aton")).toBe("caption");
    expect(kind("© 2022 Editora 247 - Todos os Direitos Reservados")).not.toBe("caption");
    expect(kind("© Cleanthinking.de - Alle Rechte vorbehalten.")).not.toBe("caption");
  });

  it("reads 'Por Agencia EFE' as a byline, not 'Por otra parte' nor a subheading starting with 'Von'", () => {
    expect(kind("Por Agencia EFE")).toBe("byline");
    expect(kind("Por otra parte, el ministro habló.")).toBe("body");
    expect(kind("Von Risiken und Nebenwirkungen", { role: "heading" })).toBe("body");
    expect(kind("Von Lisa Petrich")).toBe("byline");
  });
});

describe("isFurniture", () => {
  it("ignores WordPress taxonomy and layout classes, still finds real furniture", () => {
    expect(isFurniture("post-1387808 type-post tag-social-media category-arts")).toBe(false);
    expect(isFurniture("container layout-right-sidebar has-sidebar entry-content")).toBe(false);
    expect(isFurniture("article-wrap related-articles")).toBe(true);
    expect(isFurniture("widget sidebar")).toBe(true);
    expect(isFurniture("post-share single-post-share")).toBe(true);
  });
});
