// Corruptions injected into correct translations to measure recall: each takes one segment and one
// target language and returns the broken pair (usually the target; a Roman numeral is changed in
// the source, which is the same disagreement seen from the other side), or null where it does not
// apply. A seeded PRNG keeps the runs comparable.
import { sourceNames } from "@/lib/quality/checks/source-names";
import type { Lang } from "@/lib/quality/run-checks";
import { MAGNITUDE, swapMagnitude } from "./magnitude-swaps";
import { swapNumberWord } from "./number-word-swaps";
import { all, pick, splice, type Broken } from "./text-edits";
import { changeTone, vietnameseNames } from "./tone-marks";

export type Corruption = {
  name: string;
  families: RegExp;
  /** House style the check runs with for this kind (tone marks only count when diacritics are kept). */
  keep?: boolean;
  apply: (target: string, lang: Lang, source: string, rnd: () => number) => Broken | null;
};

const MONTHS: Record<Lang, string[]> = {
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(" "),
  en: "January February March April May June July August September October November December".split(" "),
};
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];
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
    apply: (t, lang, s, rnd) => {
      // German "am" after a number is a preposition ("Radio 4 am Sonntag"), never a.m.
      const re =
        lang === "de"
          ? /(?<=\d\s?)(a\.m\.|p\.m\.|AM|PM)(?![\p{L}])/gu
          : /(?<=\d\s?)(a\.m\.|p\.m\.|am|pm|AM|PM)(?![\p{L}])/gu;
      const m = pick(all(re, t), rnd);
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
  // Last, so that the seeded picks of the kinds above stay those of earlier runs.
  { name: "changed number word", families: /^number\./, apply: swapNumberWord },
];
