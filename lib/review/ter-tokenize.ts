// Word splitting for TER. Editor text is raw ("Hà Nội, 24/3."), but HTER figures in the MT
// literature are computed on Moses-tokenised text where punctuation marks are words of their own.
// "moses-like" approximates the Moses tokenizer closely enough that already-tokenised text passes
// through unchanged, so scores stay comparable with published HTER.

export type TerTokenize = "none" | "moses-like";

// Moses splits off everything except letters, digits, marks and . ' ` , - (handled below).
const SPLIT_ALWAYS = /([^\p{L}\p{N}\p{M}\s.'`,\-])/gu;
// A comma is a word unless it sits between digits (Vietnamese/German "10,03", English "40,000").
const COMMA = /,(?!\p{N})|(?<!\p{N}),/gu;
// "..." and "…" read as one mark.
const ELLIPSIS = /(\.{2,})/gu;

// Abbreviations whose final period is part of the word (Vietnamese, German, English newsroom text).
const KEEP_PERIOD = new Set([
  "tp",
  "ts",
  "ths",
  "pgs",
  "gs",
  "bs",
  "st",
  "chr",
  "lt",
  "co",
  "inc",
  "ltd",
  "bzw",
  "usw",
  "vgl",
  "ca",
  "nr",
  "dr",
  "prof",
  "hr",
  "fr",
  "mio",
  "mrd",
  "str",
  "jh",
  "inkl",
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "vs",
  "etc",
]);

/** Splits `text` into TER words; "none" only splits on whitespace (input already tokenised). */
export function terWords(text: string, mode: TerTokenize = "moses-like", caseSensitive = false): string[] {
  let s = text.normalize("NFC");
  // Tokenise before lowercasing: the period rule looks at the case of the next word, as Moses does.
  if (mode === "moses-like") s = mosesLike(s);
  if (!caseSensitive) s = s.toLowerCase();
  return s.split(/\s+/u).filter((w) => w.length > 0);
}

function mosesLike(text: string): string {
  const spaced = text.replace(ELLIPSIS, " $1 ").replace(SPLIT_ALWAYS, " $1 ").replace(COMMA, " , ");
  const words = spaced.split(/\s+/u).filter((w) => w.length > 0);
  const out: string[] = [];
  words.forEach((word, k) => {
    const next = words[k + 1];
    if (word.length > 1 && word.endsWith(".") && !/\.\.$/u.test(word) && !keepsPeriod(word.slice(0, -1), next)) {
      out.push(word.slice(0, -1), ".");
    } else {
      out.push(word);
    }
  });
  return out.join(" ");
}

// Moses keeps a final period on dotted abbreviations ("U.S.", "z.B."), known prefixes, single
// letters (initials), before a lowercase word (the sentence goes on) and — for German ordinals
// such as "24. März" — on a one- or two-digit number that is not the last word.
function keepsPeriod(stem: string, next: string | undefined): boolean {
  if (/\./u.test(stem) && /\p{L}/u.test(stem)) return true;
  if (KEEP_PERIOD.has(stem.toLowerCase()) || /^\p{L}$/u.test(stem)) return true;
  if (next === undefined) return false;
  return /^\p{P}*\p{Ll}/u.test(next) || /^\p{N}{1,2}$/u.test(stem);
}
