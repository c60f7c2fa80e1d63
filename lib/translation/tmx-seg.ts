// Inner XML of a TMX <seg> → plain text. Native codes (<bpt>, <ept>, <ph>, <it>, <ut>) are dropped with
// their content, other inline markup (<hi>, <sub>) is dropped keeping its text, CDATA is kept as text.
//
// These were four global regex replacements; `<[^>]+>` and the lazy `[\s\S]*?</\1>` re-read the rest
// of the text from every "<" that has no match (a 10 MB file allows millions). The same four passes,
// in the same order and with the same results, now move through the text with indexOf: each scan for
// a missing closer happens at most once per kind of closer.

const NATIVE = /<(bpt|ept|ph|it|ut)\b/y;

/** CDATA content as escaped text, so the later passes do not take a "<" in it for a tag. */
function unwrapCdata(raw: string): string {
  let out = "";
  let at = 0;
  for (let open = raw.indexOf("<![CDATA[", at); open >= 0; open = raw.indexOf("<![CDATA[", at)) {
    const close = raw.indexOf("]]>", open + 9);
    if (close < 0) break;
    out +=
      raw.slice(at, open) +
      raw
        .slice(open + 9, close)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;");
    at = close + 3;
  }
  return out + raw.slice(at);
}

/** indexOf(needle, from) for growing `from`, each part of the text searched once. */
function nextOf(text: string, needle: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}

type Tag = { name: string; gt: number };
/** A reader of native codes: the name at `lt` and where its start tag ends (the first ">"), or null. */
function nativeTags(text: string): (lt: number) => Tag | null {
  const nextGt = nextOf(text, ">");
  return (lt) => {
    NATIVE.lastIndex = lt;
    const m = NATIVE.exec(text);
    const gt = m ? nextGt(lt) : -1;
    return m && gt >= 0 ? { name: m[1] ?? "", gt } : null;
  };
}

/** Self-closing native codes: <ph x="1"/>. */
function dropEmptyCodes(text: string): string {
  const nativeAt = nativeTags(text);
  let out = "";
  let at = 0;
  for (let lt = text.indexOf("<", at); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const tag = nativeAt(lt);
    if (!tag || text.charAt(tag.gt - 1) !== "/") continue;
    out += text.slice(at, lt);
    at = tag.gt + 1;
    lt = tag.gt;
  }
  return out + text.slice(at);
}

/** Native codes with content, up to the first closing tag of the same name: <bpt i="1">&lt;b></bpt>. */
function dropPairedCodes(text: string): string {
  const nativeAt = nativeTags(text);
  let out = "";
  let at = 0;
  const unclosed = new Set<string>();
  for (let lt = text.indexOf("<", at); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const tag = nativeAt(lt);
    if (!tag || unclosed.has(tag.name)) continue;
    const closer = `</${tag.name}>`;
    const close = text.indexOf(closer, tag.gt + 1);
    if (close < 0) {
      unclosed.add(tag.name); // no later tag of this name can close either
      continue;
    }
    out += text.slice(at, lt);
    at = close + closer.length;
    lt = at - 1;
  }
  return out + text.slice(at);
}

/** Every other tag: "<" up to the next ">", at least one character in between. */
function dropTags(text: string): string {
  let out = "";
  let at = 0;
  for (let lt = text.indexOf("<", at); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const gt = text.indexOf(">", lt + 1);
    if (gt < 0) break;
    if (gt === lt + 1) continue;
    out += text.slice(at, lt);
    at = gt + 1;
    lt = gt;
  }
  return out + text.slice(at);
}

/** Raw inner XML of <seg> with markup removed; entities are still to be decoded. */
export function segMarkupToText(raw: string): string {
  return dropTags(dropPairedCodes(dropEmptyCodes(unwrapCdata(raw))));
}
