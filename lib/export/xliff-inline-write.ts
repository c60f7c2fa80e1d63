// XLIFF inline codes on export: a segment's tokens (⟦n⟧, ⟦/n⟧, ⟦n/⟧) become XML again. In the XLIFF version
// the codes were imported from, each token gets its original fragment back, so the CAT tool finds its codes
// in place. In the other version, or when a translator moved a closing token before its opening one (the
// fragments would not nest), the tokens become the version's neutral codes (1.2 <bx>/<ex>/<x>, 2.x
// <sc>/<ec>/<ph>), which are always well-formed and valid against the schema.
import { randomUUID } from "node:crypto";
import { XMLValidator } from "fast-xml-parser";
import { xmlSafe } from "./text";
import { type InlineCodes, type InlineVersion, TOKEN } from "./xliff-inline";

function escapeText(s: string): string {
  return xmlSafe(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function neutral(body: string, n: string, version: InlineVersion): string {
  const kind = body.startsWith("/") ? "close" : body.endsWith("/") ? "standalone" : "open";
  if (version === "1.2")
    return kind === "open" ? `<bx id="${n}"/>` : kind === "close" ? `<ex id="${n}"/>` : `<x id="${n}"/>`;
  return kind === "open" ? `<sc id="${n}"/>` : kind === "close" ? `<ec startRef="${n}"/>` : `<ph id="${n}"/>`;
}

function render(text: string, codes: InlineCodes, version: InlineVersion, original: boolean): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const body = `${m[1]}${m[2]}${m[3]}`;
    const fragment = codes.codes[body];
    // A token we hold no code for is text the translator typed: it stays text.
    if (fragment === undefined) continue;
    out += escapeText(text.slice(last, m.index));
    out += original ? fragment : neutral(body, m[2] ?? "", version);
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

/** The inner XML of a <source>/<target> holding codes, or null when the text has none to write. */
export function inlineXml(text: string, codes: InlineCodes | undefined, version: InlineVersion): string | null {
  if (!codes || ![...text.matchAll(TOKEN)].some((m) => codes.codes[`${m[1]}${m[2]}${m[3]}`] !== undefined)) return null;
  if (codes.v === version) {
    const xml = render(text, codes, version, true);
    if (XMLValidator.validate(`<s>${xml}</s>`) === true) return xml;
  }
  return render(text, codes, version, false);
}

/**
 * Raw XML for an xmlbuilder2 document: the builder escapes every text, so a placeholder text goes in and
 * is swapped for the XML after rendering (pretty printing would otherwise add whitespace inside mixed content).
 */
export class RawXml {
  private readonly nonce = randomUUID();
  private readonly parts = new Map<string, string>();

  /** Text to put into the builder instead of `xml`. */
  hold(xml: string): string {
    const key = `\uE000${this.nonce}:${this.parts.size}\uE001`;
    this.parts.set(key, xml);
    return key;
  }

  fill(rendered: string): string {
    if (this.parts.size === 0) return rendered;
    return rendered.replace(/\uE000[0-9a-f-]{36}:\d+\uE001/gu, (key) => this.parts.get(key) ?? key);
  }
}

type TextNode = { txt(text: string): unknown };

/** Writes a segment text into <source>/<target>: its codes as XML when it has any, else plain text. */
export function putInline(
  el: TextNode,
  text: string,
  codes: InlineCodes | undefined,
  version: InlineVersion,
  raw: RawXml,
): void {
  const xml = inlineXml(text, codes, version);
  el.txt(xml === null ? xmlSafe(text) : raw.hold(xml));
}

/** 2.x <originalData> of a unit whose codes came from a 2.x file (their dataRef points here), or null. */
export function originalDataXml(codes: InlineCodes | undefined): string | null {
  if (!codes?.data || codes.v !== "2.x") return null;
  return Object.values(codes.data).join("");
}
