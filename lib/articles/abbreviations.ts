// Tokens after which a full stop does not end a sentence. Vietnamese news mixes in English and
// (in our German drafts) German abbreviations, so one set serves all three languages; sentence-final
// words that merely look like abbreviations ("etc.", "usw.", "Inc.") are left out on purpose.
const WORDS = [
  // Vietnamese titles, degrees and administrative units
  "TP",
  "Tp",
  "TX",
  "TT",
  "TS",
  "TSKH",
  "PGS",
  "GS",
  "ThS",
  "Th.S",
  "BS",
  "BSCKI",
  "BSCKII",
  "KS",
  "LS",
  "NXB",
  "NSƯT",
  "NSND",
  "Q",
  "P",
  "H",
  "X",
  // English
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "St",
  "Jr",
  "Sr",
  "Gen",
  "Gov",
  "Sen",
  "Rep",
  "Lt",
  "Col",
  "Capt",
  "Sgt",
  "Mt",
  "No",
  "vs",
  "v",
  "e.g",
  "i.e",
  "approx",
  // German
  "z",
  "d",
  "u",
  "a",
  "bzw",
  "ca",
  "vgl",
  "Nr",
  "Hr",
  "Jh",
  "geb",
  "inkl",
  "evtl",
  "ggf",
  "sog",
  "bspw",
  "Mio",
  "Mrd",
  "Tsd",
];

const ABBREVIATIONS = new Set(WORDS.map((word) => `${word}.`));
// Parts that may be chained without spaces: "PGS.TS.", "GS.TSKH.", "ThS.BS.".
const CHAINABLE = new Set(["TS", "TSKH", "PGS", "GS", "ThS", "BS", "KS", "LS", "NSƯT", "NSND"]);

const OPENERS = /^[(\[{“"‘'«„]+/u;

export function isAbbreviation(rawToken: string): boolean {
  const token = rawToken.replace(OPENERS, "");
  if (ABBREVIATIONS.has(token)) return true;
  // Initials: "Nguyễn V. A.", "Dionisio A. Lind", "P. Diddy". Accented capitals are words, not
  // initials: "… tại Naples, Ý." and "châu Á." end sentences.
  if (/^[A-ZĐ]\.$/u.test(token)) return true;
  // Chained initials: "N.V.", "T.T.H.", "L.Đ.T.".
  if (/^(?:\p{Lu}\.){2,}$/u.test(token)) return true;
  if (/^(?:\p{L}+\.){2,}$/u.test(token)) {
    return token
      .slice(0, -1)
      .split(".")
      .every((part) => CHAINABLE.has(part));
  }
  return false;
}

/** A single capital with a full stop that is no listed abbreviation (Q., P.): an initial or a letter. */
export function isSingleCapital(token: string): boolean {
  return /^[A-ZĐ]\.$/u.test(token) && !ABBREVIATIONS.has(token);
}
