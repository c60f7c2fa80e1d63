// German writes a whole number as one word: "zweiunddreißigtausend", "dreihundertfünfzig",
// "hunderttausend". The word lists match such a word by its first numeral only ("zweiunddreißig"), so
// the rest of the word is read here, token by token (longest token first, one pass: linear).

const TOKENS: Array<[string, number]> = [
  ["dreizehn", 13],
  ["vierzehn", 14],
  ["fünfzehn", 15],
  ["sechzehn", 16],
  ["siebzehn", 17],
  ["achtzehn", 18],
  ["neunzehn", 19],
  ["zwanzig", 20],
  ["dreißig", 30],
  ["vierzig", 40],
  ["fünfzig", 50],
  ["sechzig", 60],
  ["siebzig", 70],
  ["achtzig", 80],
  ["neunzig", 90],
  ["hundert", 100],
  ["tausend", 1000],
  ["zwölf", 12],
  ["sieben", 7],
  ["sechs", 6],
  ["zwei", 2],
  ["drei", 3],
  ["vier", 4],
  ["fünf", 5],
  ["acht", 8],
  ["neun", 9],
  ["zehn", 10],
  ["eins", 1],
  ["ein", 1],
  ["elf", 11],
  ["und", 0],
];

const MAX_TOKENS = 12;

export type GermanNumeral = { value: number; length: number; thousands: boolean };

/**
 * The number at the start of a lower-case German word, when it is a compound with "hundert" or
 * "tausend" (the plain numerals are in the word lists); null otherwise.
 */
export function readGermanNumeral(word: string): GermanNumeral | null {
  let [total, current, pos, scaled, thousands] = [0, 0, 0, false, false];
  let lastEnd = 0;
  // A real numeral has a handful of tokens; the bound keeps "hunderthundert…" finite and cheap.
  for (let n = 0; n < MAX_TOKENS && pos < word.length; n++) {
    const hit = TOKENS.find(([t]) => word.startsWith(t, pos));
    if (!hit) break;
    const [token, value] = hit;
    pos += token.length;
    if (token === "und") continue;
    if (token === "hundert") {
      current = (current || 1) * 100;
      scaled = true;
    } else if (token === "tausend") {
      if (thousands) break;
      total += (current || 1) * 1000;
      current = 0;
      scaled = thousands = true;
    } else current += value;
    lastEnd = pos;
  }
  return scaled ? { value: total + current, length: lastEnd, thousands } : null;
}
