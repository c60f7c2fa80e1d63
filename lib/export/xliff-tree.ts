// A small namespace-aware element tree on top of fast-xml-parser's ordered output. fast-xml-parser keeps
// prefixes as written ("x:unit"); XLIFF files from CAT tools use default namespaces, prefixes or both,
// so elements are resolved to (namespace, local name) here, once.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";

export type XText = { type: "text"; text: string };
export type XElement = { type: "element"; ns: string; local: string; attrs: Record<string, string>; children: XNode[] };
export type XNode = XText | XElement;

type Ordered = Record<string, unknown>;
const ATTRS = ":@";

const CDATA = "#cdata";

// Entities are decoded here, not by fast-xml-parser: its decoder only handles character references
// together with the HTML entity set (&nbsp; …), which XML without a DTD does not have. Without a DTD the
// only named entities are the predefined five; anything else makes the document not well-formed.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const XML_CHAR = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

function decodeEntities(raw: string): string {
  return raw.replace(/&([^;&\s]*);/g, (_m, ref: string) => {
    const predefined = PREDEFINED[ref];
    if (predefined !== undefined) return predefined;
    const numeric = /^#x([0-9a-fA-F]{1,6})$/.exec(ref) ?? /^#([0-9]{1,7})$/.exec(ref);
    const cp = numeric?.[1] === undefined ? NaN : parseInt(numeric[1], ref.startsWith("#x") ? 16 : 10);
    if (XML_CHAR(cp)) return String.fromCodePoint(cp);
    throw new AppError("XLIFF_MALFORMED", { line: 0 });
  });
}

function convert(nodes: Ordered[], scope: Map<string, string>): XNode[] {
  const out: XNode[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ATTRS);
    if (name === undefined) continue;
    const value = node[name];
    if (name === "#text") {
      out.push({ type: "text", text: decodeEntities(String(value)) });
      continue;
    }
    if (name === CDATA) {
      // CDATA content is literal: no entity decoding.
      for (const part of Array.isArray(value) ? (value as Ordered[]) : [])
        out.push({ type: "text", text: String(part["#text"] ?? "") });
      continue;
    }
    if (name.startsWith("?") || name.startsWith("!")) continue;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries((node[ATTRS] as Record<string, unknown> | undefined) ?? {}))
      attrs[k] = decodeEntities(String(v));
    let inner = scope;
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) {
        if (inner === scope) inner = new Map(scope);
        inner.set(k === "xmlns" ? "" : k.slice(6), v);
      }
    }
    const colon = name.indexOf(":");
    const prefix = colon === -1 ? "" : name.slice(0, colon);
    const local = colon === -1 ? name : name.slice(colon + 1);
    const children = Array.isArray(value) ? convert(value as Ordered[], inner) : [];
    out.push({ type: "element", ns: inner.get(prefix) ?? "", local, attrs, children });
  }
  return out;
}

/** Well-formedness check (with the line of the first error), then the root element as a tree. */
export function parseXmlTree(text: string): XElement {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new AppError("XLIFF_MALFORMED", { line: valid.err.line });
  let ordered: Ordered[];
  try {
    ordered = parser.parse(text) as Ordered[];
  } catch (error) {
    // The parser caps nesting at 100 levels (no stack exhaustion on "<a><a><a>…"); XLIFF needs fewer than 10.
    if (error instanceof Error && /nested/i.test(error.message)) throw new AppError("XLIFF_TOO_DEEP");
    throw new AppError("XLIFF_MALFORMED", { line: 0 });
  }
  const root = convert(ordered, new Map([["xml", "http://www.w3.org/XML/1998/namespace"]])).find(
    (n): n is XElement => n.type === "element",
  );
  if (!root) throw new AppError("XLIFF_NOT_XLIFF", { root: "" });
  return root;
}

export function childElements(el: XElement, ns: string, local?: string): XElement[] {
  return el.children.filter(
    (c): c is XElement => c.type === "element" && c.ns === ns && (local === undefined || c.local === local),
  );
}

export type InlinePolicy = { flatten: ReadonlySet<string>; drop: ReadonlySet<string> };
/** Turns a code element into its token(s) (InlineCoder in xliff-inline.ts); null: not a code. */
export type InlineCodeReader = { unitId: string; code(el: XElement, inner: (el: XElement) => string): string | null };
/** Nesting of wrapping codes (<g> in <g> …) deeper than this is refused. */
export const MAX_INLINE_DEPTH = 16;

/**
 * Text content of <source>/<target>. Annotations (1.2 <mrk>, 2.x <mrk>) are flattened to their text and
 * empty markers (2.x <sm>/<em>) are dropped, because they only decorate text. Codes (<g>, <x>, <bpt>, <ph>,
 * <pc>, <sc>, …) become tokens through the unit's InlineCoder (lib/export/xliff-inline.ts), which keeps
 * their markup. What remains (<cp>, a foreign element) stands for content we cannot represent, so the file
 * is refused instead of silently losing it: XLIFF_INLINE_UNSUPPORTED with the unit id and element name.
 */
export function inlineText(el: XElement, ns: string, policy: InlinePolicy, coder: InlineCodeReader, depth = 0): string {
  if (depth > MAX_INLINE_DEPTH) throw new AppError("XLIFF_TOO_DEEP");
  const inner = (child: XElement) => inlineText(child, ns, policy, coder, depth + 1);
  let text = "";
  for (const child of el.children) {
    if (child.type === "text") {
      // A token written as text would be read back as a code on export.
      if (/[⟦⟧]/u.test(child.text)) throw new AppError("XLIFF_INLINE_UNSUPPORTED", { id: coder.unitId, element: "⟦⟧" });
      text += child.text;
    } else if (child.ns === ns && policy.flatten.has(child.local)) text += inner(child);
    else if (child.ns === ns && policy.drop.has(child.local)) continue;
    else {
      const token = child.ns === ns ? coder.code(child, inner) : null;
      if (token === null) throw new AppError("XLIFF_INLINE_UNSUPPORTED", { id: coder.unitId, element: child.local });
      text += token;
    }
  }
  return text;
}
