// Deterministic pseudo-translation used by the local DeepL-compatible server.
// Output looks like a translation (language tag + a few word substitutions), keeps every digit and
// punctuation mark untouched, differs between DE and EN (and EN-GB/EN-US), substitutes glossary target
// terms for source terms, and reflects German formality (the only target we use that supports it).

export type PseudoTarget = "DE" | "EN-GB" | "EN-US";
export type PseudoFormality = "default" | "more" | "less";

// A tiny Vietnamese lexicon. Multi-word phrases first; matched on whole "words" (letters incl. diacritics).
const LEXICON: Record<string, { de: string; en: string }> = {
  "nghìn tỷ đồng": { de: "Billionen VND", en: "trillion VND" },
  "tỷ đồng": { de: "Milliarden VND", en: "billion VND" },
  "triệu đồng": { de: "Millionen VND", en: "million VND" },
  "Tỉnh ủy": { de: "Provinzparteikomitee", en: "Provincial Party Committee" },
  "Hà Nội": { de: "Hanoi", en: "Hanoi" },
  "hôm nay": { de: "heute", en: "today" },
  "sáng nay": { de: "heute Morgen", en: "this morning" },
  "người dân": { de: "Bürger", en: "residents" },
  tỉnh: { de: "Provinz", en: "province" },
  năm: { de: "Jahr", en: "year" },
  và: { de: "und", en: "and" },
  của: { de: "von", en: "of" },
  là: { de: "ist", en: "is" },
  có: { de: "hat", en: "has" },
  người: { de: "Menschen", en: "people" },
  trong: { de: "in", en: "in" },
  với: { de: "mit", en: "with" },
  không: { de: "nicht", en: "not" },
  được: { de: "wurde", en: "was" },
  cho: { de: "für", en: "for" },
  tăng: { de: "steigt", en: "rises" },
  giảm: { de: "sinkt", en: "falls" },
  "thành phố": { de: "Stadt", en: "city" },
  "Việt Nam": { de: "Vietnam", en: "Vietnam" },
};

const GB_US: [RegExp, string][] = [
  [/\bcolour/g, "color"],
  [/\bcentre/g, "center"],
  [/\borganis/g, "organiz"],
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Whole-"word" match: not preceded/followed by a letter or digit (Unicode aware).
function wordPattern(term: string, flags = "gu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, flags);
}

const LEXICON_KEYS = Object.keys(LEXICON).sort((a, b) => b.length - a.length);

/** Placeholder characters from a private-use area: never appear in news text. */
const PH_OPEN = "\uE000";
const PH_CLOSE = "\uE001";

export function pseudoTranslate(
  text: string,
  target: PseudoTarget,
  opts: { formality?: PseudoFormality; glossary?: Map<string, string> | null } = {},
): string {
  const lang = target === "DE" ? "de" : "en";
  let out = text.normalize("NFC");
  const protectedTerms: string[] = [];
  const protect = (value: string) => {
    protectedTerms.push(value);
    return `${PH_OPEN}${protectedTerms.length - 1}${PH_CLOSE}`;
  };
  // 1. glossary terms win over everything (longest source term first).
  if (opts.glossary && opts.glossary.size > 0) {
    const sources = [...opts.glossary.keys()].sort((a, b) => b.length - a.length);
    for (const src of sources) {
      const tgt = opts.glossary.get(src)!;
      out = out.replace(wordPattern(src.normalize("NFC")), () => protect(tgt));
    }
  }
  // 2. a few lexicon substitutions (case-sensitive, whole words).
  // A sentence-initial capital in the source gives a capitalised target word.
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (const key of LEXICON_KEYS) {
    const entry = LEXICON[key]!;
    out = out.replace(wordPattern(key), () => protect(entry[lang]));
    if (cap(key) !== key) out = out.replace(wordPattern(cap(key)), () => protect(cap(entry[lang])));
  }
  out = out.replace(new RegExp(`${PH_OPEN}(\\d+)${PH_CLOSE}`, "g"), (_m, i: string) => protectedTerms[Number(i)]!);
  if (target === "EN-US") for (const [re, rep] of GB_US) out = out.replace(re, rep);
  let tag: string = target;
  if (target === "DE" && opts.formality === "more") tag = "DE·Sie";
  if (target === "DE" && opts.formality === "less") tag = "DE·du";
  return `[${tag}] ${out}`;
}

/** DeepL bills Unicode code points of the source text. */
export function codePointLength(s: string): number {
  return Array.from(s).length; // iterates code points, not UTF-16 units
}
