// XLIFF inline codes (1.2 <g>/<x>/<bx>/<ex>/<bpt>/<ept>/<ph>/<it>, 2.x <pc>/<ph>/<sc>/<ec>) on import.
// Design: a segment's text stays plain text; each code becomes a protected token in it — ⟦n⟧ opens,
// ⟦/n⟧ closes, ⟦n/⟧ stands alone — and the code's original markup is kept beside the segment (InlineCodes,
// token → XML fragment), so an export in the same XLIFF version gives the CAT tool its codes back in place.
// ⟦ ⟧ (U+27E6/U+27E7) do not occur in news text, and the quality check compares tokens of source and target.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { InlineCodeReader, XElement, XNode } from "./xliff-tree";

export type InlineVersion = "1.2" | "2.x";
/** Per segment: the XLIFF version the fragments are written in, token body ("1", "/1", "1/") → fragment. */
export type InlineCodes = { v: InlineVersion; codes: Record<string, string>; data?: Record<string, string> };

/** One unit of a CAT file holds at most this many codes; more is no news sentence (and bounds the work). */
export const MAX_INLINE_CODES = 200;

/** A token in stored text; linear (no nested quantifiers). */
export const TOKEN = /⟦(\/?)(\d{1,3})(\/?)⟧/gu;

export function tokenBody(kind: "open" | "close" | "standalone", n: number): string {
  return kind === "open" ? `${n}` : kind === "close" ? `/${n}` : `${n}/`;
}

const PAIRED_OPEN: Record<InlineVersion, ReadonlySet<string>> = {
  "1.2": new Set(["bx", "bpt"]),
  "2.x": new Set(["sc"]),
};
const PAIRED_CLOSE: Record<InlineVersion, ReadonlySet<string>> = {
  "1.2": new Set(["ex", "ept"]),
  "2.x": new Set(["ec"]),
};
const WRAPPING: Record<InlineVersion, string> = { "1.2": "g", "2.x": "pc" };
const STANDALONE: Record<InlineVersion, ReadonlySet<string>> = {
  "1.2": new Set(["x", "ph", "it"]),
  "2.x": new Set(["ph"]),
};

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

/** Attributes as written, minus namespace declarations and prefixed ones other than xml: (their prefix is not declared in our file). */
function attrsXml(el: XElement): string {
  return Object.entries(el.attrs)
    .filter(([k]) => !k.startsWith("xmlns") && (!k.includes(":") || k.startsWith("xml:")))
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
}

export function openTag(el: XElement): string {
  return `<${el.local}${attrsXml(el)}>`;
}

/** An element with its content as XML (no namespace prefix: it lands in our file's default namespace). */
export function elementXml(el: XElement): string {
  if (el.children.length === 0) return `<${el.local}${attrsXml(el)}/>`;
  const inner = el.children.map((c: XNode) => (c.type === "text" ? escapeText(c.text) : elementXml(c))).join("");
  return `${openTag(el)}${inner}</${el.local}>`;
}

/**
 * Turns the codes of one unit into tokens, numbering them in order of first appearance (sources first,
 * so a re-imported export numbers them the same). A code of the target refers to the source's by its id.
 */
export class InlineCoder implements InlineCodeReader {
  readonly codes: Record<string, string> = {};
  private readonly numbers = new Map<string, number>();

  constructor(
    readonly version: InlineVersion,
    readonly unitId: string,
  ) {}

  private number(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      if (this.numbers.size >= MAX_INLINE_CODES)
        throw new AppError("XLIFF_INLINE_TOO_MANY", { id: this.unitId, max: MAX_INLINE_CODES });
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
    }
    return n;
  }

  private keep(body: string, xml: string): string {
    this.codes[body] ??= xml;
    return `⟦${body}⟧`;
  }

  /** The token(s) for a code element, or null when `el` is no code of this version. `inner` reads wrapped text. */
  code(el: XElement, inner: (el: XElement) => string): string | null {
    const v = this.version;
    const id = el.attrs.id ?? "";
    if (el.local === WRAPPING[v]) {
      const n = this.number(`p:${id}`);
      const text = inner(el);
      return this.keep(tokenBody("open", n), openTag(el)) + text + this.keep(tokenBody("close", n), `</${el.local}>`);
    }
    // 2.x: an isolated <sc>/<ec> (its partner in another unit) has no pair here: it stands alone.
    const isolated = el.attrs.isolated === "yes";
    if (PAIRED_OPEN[v].has(el.local) && !isolated) {
      const n = this.number(`p:${el.attrs.rid ?? id}`);
      return this.keep(tokenBody("open", n), elementXml(el));
    }
    if (PAIRED_CLOSE[v].has(el.local) && !isolated) {
      const n = this.number(`p:${el.attrs.startRef ?? el.attrs.rid ?? id}`);
      return this.keep(tokenBody("close", n), elementXml(el));
    }
    if (STANDALONE[v].has(el.local) || (isolated && (el.local === "sc" || el.local === "ec"))) {
      const n = this.number(`s:${el.local}:${id}`);
      return this.keep(tokenBody("standalone", n), elementXml(el));
    }
    return null;
  }
}

const STORED = z.object({
  v: z.enum(["1.2", "2.x"]),
  codes: z.record(z.string(), z.string()),
  data: z.record(z.string(), z.string()).optional(),
});

/** Stored codes read back (the Segment.inlineCodes column); anything unreadable is no codes. */
export function parseInlineCodes(json: string | null): InlineCodes | null {
  if (json === null) return null;
  try {
    const parsed = STORED.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
