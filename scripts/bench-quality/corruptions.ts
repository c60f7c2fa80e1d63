// Corruptions injected into correct translations to measure recall: each takes one segment and one
// target language and returns the broken pair (usually the target; a Roman numeral is changed in
// the source, which is the same disagreement seen from the other side), or null where it does not
// apply. A seeded PRNG keeps the runs comparable.
import { sourceNames } from "@/lib/quality/checks/source-names";
import type { Lang } from "@/lib/quality/run-checks";

export type Broken = { source: string; target: string };
export type Corruption = {
  name: string;
  families: RegExp;
  /** House style the check runs with for this kind (tone marks only count when diacritics are kept). */
  keep?: boolean;
  apply: (target: string, lang: Lang, source: string, rnd: () => number) => Broken | null;
};

export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(list: T[], rnd: () => number): T | undefined => list[Math.floor(rnd() * list.length)];
const all = (re: RegExp, s: string) => [...s.matchAll(re)];
const splice = (s: string, start: number, end: number, by: string) => s.slice(0, start) + by + s.slice(end);

const MONTHS: Record<Lang, string[]> = {
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
  en: "January February March April May June July August September October November December".split(" "),
};
const MAGNITUDE: Record<Lang, RegExp> = {
  de: /(?<=\d)\s?(?:Billionen|Billion|Milliarden|Milliarde|Millionen|Million|Mio\.|Mrd\.|Tausend)(?!\p{L})/gu,
  en: /(?<=\d)\s?(?:trillion|billion|million|thousand|bn|m)(?!\p{L})/gu,
};
// Magnitude words and the one a careless translation puts instead (one step up or down).
const SWAP: Record<Lang, Record<string, string>> = {
  de: {
    Billionen: "Milliarden",
    Milliarden: "Millionen",
    Millionen: "Milliarden",
    Milliarde: "Million",
    Million: "Milliarde",
    Tausende: "Millionen",
    Hunderttausende: "Zehntausende",
    Zehntausende: "Hunderttausende",
    Mrd: "Mio",
    Mio: "Mrd",
  },
  en: {
    trillion: "billion",
    billion: "million",
    million: "billion",
    thousand: "million",
    trillions: "billions",
    billions: "millions",
    millions: "billions",
    thousands: "millions",
    bn: "m",
  },
};
const swapRe = (lang: Lang, digits: boolean) =>
  new RegExp(
    `${digits ? "(?<=\\d\\s?)" : "(?<!\\d\\s?)"}(?<![\\p{L}])(${Object.keys(SWAP[lang]).join("|")})(?![\\p{L}])`,
    "gu",
  );

function swapMagnitude(digits: boolean) {
  return (t: string, lang: Lang, s: string, rnd: () => number): Broken | null => {
    const m = pick(all(swapRe(lang, digits), t), rnd);
    const by = m ? SWAP[lang][m[1] ?? ""] : undefined;
    return m && by ? { source: s, target: splice(t, m.index, m.index + m[0].length, by) } : null;
  };
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
const TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** Capitalised Vietnamese word runs (people and places) written the same in source and target. */
function vietnameseNames(s: string, t: string): string[] {
  const runs = s.match(/\p{Lu}\p{Ll}*(?:[ -]\p{Lu}\p{Ll}*)+/gu) ?? [];
  return runs.filter((r) => /[^\p{ASCII}]/u.test(r) && t.split(r).length === 2);
}

function changeTone(name: string, rnd: () => number): string | null {
  const syllables = name.normalize("NFD").split(/(?=[ -])/u);
  const toned = syllables.map((x, i) => [x, i] as const).filter(([x]) => TONES.some((m) => x.includes(m)));
  const hit = pick(toned, rnd);
  if (!hit) return null;
  const [syl, i] = hit;
  const old = TONES.find((m) => syl.includes(m)) ?? "";
  const options = ["", ...TONES.filter((m) => m !== old)];
  // The new mark goes after the vowel's own marks (circumflex, breve, horn), where NFC expects it.
  const at = syl.indexOf(old);
  const rest = syl.slice(0, at) + syl.slice(at + old.length);
  let end = at;
  while (end < rest.length && /[\u0302\u0306\u031b]/u.test(rest.charAt(end))) end++;
  syllables[i] = rest.slice(0, end) + (pick(options, rnd) ?? "") + rest.slice(end);
  return syllables.join("").normalize("NFC");
}

export const CORRUPTIONS: Corruption[] = [
  {
    name: "changed digit",
    families: /^(number|date|time|unit|currency)\./,
    apply: (t, _l, s, rnd) => {
      // A digit of a standalone number (not inside a code like SS19 or a URL).
      const m = pick(
        all(/(?<![\p{L}_/@.:\d]\S*)\d|(?<=[\s(„“"$£€]|^)\d|(?<=\d)\d/gu, t).filter(
          (x) =>
            !/[\p{L}_]/u.test(
              t
                .slice(Math.max(0, x.index - 12), x.index)
                .split(/\s/)
                .pop() ?? "",
            ),
        ),
        rnd,
      );
      if (!m) return null;
      const digit = (Number(m[0]) + 1 + Math.floor(rnd() * 9)) % 10;
      return { source: s, target: splice(t, m.index, m.index + 1, String(digit)) };
    },
  },
  {
    name: "dropped magnitude word",
    families: /^number\./,
    apply: (t, lang, s, rnd) => {
      const m = pick(all(MAGNITUDE[lang], t), rnd);
      return m ? { source: s, target: splice(t, m.index, m.index + m[0].length, "") } : null;
    },
  },
  { name: "swapped magnitude (digits)", families: /^number\./, apply: swapMagnitude(true) },
  { name: "swapped magnitude (no digits)", families: /^number\./, apply: swapMagnitude(false) },
  {
    name: "swapped month",
    families: /^date\./,
    apply: (t, lang, s, rnd) => {
      const re = new RegExp(`(?<!\\p{L})(${MONTHS[lang].join("|")})(?!\\p{L})`, "gu");
      const m = pick(
        all(re, t).filter((x) => {
          // May/March/August are also words: only where they sit next to a number or a time preposition.
          if (!["May", "March", "August", "Mai", "März"].includes(x[0])) return true;
          return (
            /\d\.?\s*$|\b(?:in|on|since|until|by|of|early|late|mid-|im|am|seit|bis)\s*$/i.test(t.slice(0, x.index)) ||
            /^\s*\d/.test(t.slice(x.index + x[0].length))
          );
        }),
        rnd,
      );
      if (!m) return null;
      const i = MONTHS[lang].indexOf(m[0]);
      const other = MONTHS[lang][(i + 1 + Math.floor(rnd() * 11)) % 12] ?? m[0];
      return { source: s, target: splice(t, m.index, m.index + m[0].length, other) };
    },
  },
  {
    name: "flipped a.m./p.m.",
    families: /^time\./,
    apply: (t, _l, s, rnd) => {
      const m = pick(all(/(?<=\d\s?)(a\.m\.|p\.m\.|am|pm|AM|PM)(?![\p{L}])/gu, t), rnd);
      if (!m) return null;
      const flip: Record<string, string> = { "a.m.": "p.m.", "p.m.": "a.m.", am: "pm", pm: "am", AM: "PM", PM: "AM" };
      return { source: s, target: splice(t, m.index, m.index + m[0].length, flip[m[0]] ?? m[0]) };
    },
  },
  {
    name: "changed Roman numeral",
    families: /^(number|date)\./,
    apply: (t, _l, s, rnd) => {
      // In the source: "quý III", "khóa XV", "Đại hội XIII" — a numeral the target renders as an ordinal.
      const m = pick(all(/(?<=\p{Ll} )(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![\p{L}\d])/gu, s), rnd);
      if (!m) return null;
      const i = ROMAN.indexOf(m[0]);
      const other = ROMAN[(i + 1 + Math.floor(rnd() * 3)) % ROMAN.length] ?? m[0];
      return { source: splice(s, m.index, m.index + m[0].length, other), target: t };
    },
  },
  {
    name: "removed name",
    families: /^(name|consistency)\./,
    apply: (t, _lang, s, rnd) => {
      // A proper name copied verbatim from the source that occurs exactly once in the target.
      // Person and foreign names (place-like runs are only checked for their marks, never as missing).
      const names = sourceNames(s)
        .filter((n) => !n.place)
        .map((n) => n.name)
        .filter((n) => t.split(n).length === 2 && t.toLowerCase().split(n.toLowerCase()).length === 2);
      const n = pick(names, rnd);
      if (!n) return null;
      const i = t.indexOf(n);
      return { source: s, target: splice(t, i, i + n.length + (t[i + n.length] === " " ? 1 : 0), "") };
    },
  },
  {
    name: "tone mark changed in name",
    families: /^(name|consistency)\./,
    keep: true,
    apply: (t, _l, s, rnd) => {
      const n = pick(vietnameseNames(s, t), rnd);
      const changed = n ? changeTone(n, rnd) : null;
      if (!n || !changed || changed === n) return null;
      const i = t.indexOf(n);
      return { source: s, target: splice(t, i, i + n.length, changed) };
    },
  },
  {
    name: "flipped decimal separator",
    families: /^number\./,
    apply: (t, _l, s, rnd) => {
      const m = pick(all(/(?<![\d.,:])\d+[.,]\d+(?![\d.,:]|\s*(?:am|pm|a\.m\.|p\.m\.|Uhr)\b)/gu, t), rnd);
      if (!m) return null;
      const flipped = m[0].replace(/[.,]/, (c) => (c === "." ? "," : "."));
      return { source: s, target: splice(t, m.index, m.index + m[0].length, flipped) };
    },
  },
];
