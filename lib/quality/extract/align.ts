// Aligns the quantities of two texts as multisets of normalised values, allowing legitimate
// reformulations (spelled-out numbers, converted units, implicit am/pm). Every numeric family
// reads this one alignment, so a difference is reported once, by the family it belongs to.
import type { Analysis } from "./analyze";
import { budget, takePairs, zip, type Budget } from "./greedy";
import type { NumberMention } from "./number-mention";
import { parseNumeral } from "./numeral";
import type { TimeMention } from "./times";

export type Pair<T> = { s: T; t: T };
export type Alignment = {
  matched: Pair<NumberMention>[];
  magnitude: Pair<NumberMention>[];
  separator: Pair<NumberMention>[];
  conversion: Pair<NumberMention>[];
  mismatch: Pair<NumberMention>[];
  missing: NumberMention[];
  extra: NumberMention[];
  timeMatched: Pair<TimeMention>[];
  timeMismatch: Pair<TimeMention>[];
  timeMissing: TimeMention[];
  timeExtra: TimeMention[];
};

const close = (x: number, y: number, tol = 1e-9) => Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));
const same = (a: NumberMention, b: NumberMention) => a.values.some((x) => b.values.some((y) => close(x, y)));

/**
 * A converted value agrees within rounding (30 yards ≈ 27 m, 85 mph ≈ 136 km/h, 3 inch ≈ 7,5 cm,
 * 80 °F ≈ 27 °C): the target is the conversion rounded to a step under 7 % of it, truncated,
 * or, for a round figure of at most two significant digits, within 2 %. A changed last digit of a
 * precise figure (136 → 139) is therefore still caught.
 */
export function convertible(a: NumberMention, b: NumberMention): boolean {
  if (!a.unit || !b.unit) return false;
  if (a.unit.dim.startsWith("temp") && b.unit.dim.startsWith("temp")) {
    const f2c = (f: number) => ((f - 32) * 5) / 9;
    // Celsius on one side, Fahrenheit on the other; a bare "độ"/"degrees" may be either.
    const [aF, bF] = [a.unit.dim !== "temp-c", b.unit.dim !== "temp-c"];
    const [aC, bC] = [a.unit.dim !== "temp-f", b.unit.dim !== "temp-f"];
    return (aF && bC && Math.abs(f2c(a.value) - b.value) <= 1) || (bF && aC && Math.abs(f2c(b.value) - a.value) <= 1);
  }
  if (a.unit.dim !== b.unit.dim || a.unit.name === b.unit.name) return false;
  return (
    rounded((a.value * a.unit.factor) / b.unit.factor, b.value) ||
    rounded((b.value * b.unit.factor) / a.unit.factor, a.value)
  );
}

const STEPS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 50, 100, 500, 1000, 5000];
function rounded(exact: number, shown: number): boolean {
  if (close(Math.trunc(exact), shown)) return true;
  for (const step of STEPS) {
    if (step > 0.07 * Math.abs(exact)) break;
    if (close(Math.round(exact / step) * step, shown, 1e-6)) return true;
  }
  return significantDigits(shown) <= 2 && Math.abs(exact - shown) <= 0.02 * Math.abs(exact);
}

/** Digits between the first and the last non-zero one: 1500 → 2, 0.25 → 2, 136 → 3. */
function significantDigits(x: number): number {
  const digits = String(x).replace(/[^\d]/g, "");
  let [from, to] = [0, digits.length];
  while (from < to && digits[from] === "0") from++;
  while (to > from && digits[to - 1] === "0") to--;
  return to - from;
}

function alignTimes(src: Analysis, tgt: Analysis, T: NumberMention[], spend: Budget) {
  const sT = [...src.times];
  const tT = [...tgt.times];
  const timeMatched = takePairs(
    sT,
    tT,
    (s, t) => t.minutes === s.minutes && (s.abs === undefined || t.abs === undefined || s.abs === t.abs),
    spend,
  );
  // "2 giờ" may be a duration ("two hours"): let it match a plain number before calling it a time.
  const weak = sT.filter((x) => x.weak);
  const durations = new Set(takePairs(weak, T, (s, n) => n.values.includes(s.hour), spend).map((p) => p.s));
  if (durations.size)
    replaceWith(
      sT,
      sT.filter((s) => !durations.has(s)),
    );
  const { pairs: timeMismatch, restS, restT } = zip(sT, tT);
  return { timeMatched, timeMismatch, timeMissing: restS.filter((x) => !x.weak), timeExtra: restT };
}

function otherReading(t: NumberMention, lang: string): number[] {
  return parseNumeral(t.raw.replace(/^[^\d]*/, "").match(/^[\d.,]+/)?.[0] ?? "", lang === "en" ? "de" : "en").map(
    (v) => v * t.magnitude,
  );
}

function replaceWith<X>(list: X[], items: X[]): void {
  list.length = items.length;
  items.forEach((x, i) => {
    list[i] = x;
  });
}

const memo = new WeakMap<Analysis, WeakMap<Analysis, Alignment>>();

export function align(src: Analysis, tgt: Analysis): Alignment {
  const cached = memo.get(src)?.get(tgt);
  if (cached) return cached;
  const S = [...src.numbers];
  const T = [...tgt.numbers];
  const asides = new Set([...bracketedConversions(src), ...bracketedConversions(tgt)]);
  const spend = budget();
  const take = (A: NumberMention[], B: NumberMention[], ok: (s: NumberMention, t: NumberMention) => boolean) =>
    takePairs(A, B, ok, spend);
  const times = alignTimes(src, tgt, T, spend);
  const hard = (l: NumberMention[]) => l.filter((m) => !m.soft);
  const sH = hard(S),
    tH = hard(T);
  const sS = S.filter((m) => m.soft),
    tS = T.filter((m) => m.soft);
  const matched = [
    ...take(sH, tH, same),
    ...take(sH, tS, same),
    ...take(tH, sS, (t, s) => same(s, t)).map(({ s, t }) => ({ s: t, t: s })),
  ];
  // Quantities named by their magnitude (hàng triệu ↔ Millionen ↔ millions) pair up; a pair left
  // with different orders (hàng tỷ ↔ Millionen) is a wrong magnitude.
  const vague = (l: NumberMention[]) => l.filter((m) => m.vague);
  const sV = vague(sS);
  const tV = vague(tS);
  take(sV, tV, same);
  const vagueMagnitude = zip(sV, tV).pairs;
  const converted = take(
    sH,
    [...tH, ...tS].filter((t) => t.unit),
    convertible,
  );
  const convertedTargets = new Set(converted.map((p) => p.t));
  replaceWith(
    tH,
    tH.filter((t) => !convertedTargets.has(t)),
  );
  for (const p of converted) matched.push(p);
  for (const { s, t } of take(
    tH,
    sS.filter((s) => s.unit),
    (t, s) => convertible(s, t),
  ))
    matched.push({ s: t, t: s });
  // Read once per mention, not once per comparison: a mention can be thousands of characters long.
  const readings = new Map(tH.map((t) => [t, /\d[.,]\d{3}/.test(t.raw) ? otherReading(t, tgt.lang) : []]));
  const separator = take(sH, tH, (s, t) => (readings.get(t) ?? []).some((v) => s.values.some((x) => close(x, v))));
  const magnitude = vagueMagnitude.concat(
    take(sH, tH, (s, t) =>
      s.values.some((x) => {
        const k = Math.log10(x / t.value) / 3;
        return t.value !== 0 && Math.abs(k - Math.round(k)) < 1e-6 && Math.round(k) !== 0;
      }),
    ),
  );
  const conversion = take(
    sH,
    tH,
    (s, t) => !!s.unit && !!t.unit && s.unit.dim === t.unit.dim && s.unit.name !== t.unit.name,
  );
  // A conversion in brackets that one side adds or leaves out ("35 °C (95 °F)") is no quantity of
  // its own; a wrong one stays unmatched only when it does not convert (and is then reported).
  const {
    pairs: mismatch,
    restS: missing,
    restT: extra,
  } = zip(
    sH.filter((m) => !asides.has(m)),
    tH.filter((m) => !asides.has(m)),
  );
  const result: Alignment = { matched, magnitude, separator, conversion, mismatch, missing, extra, ...times };
  if (!memo.has(src)) memo.set(src, new WeakMap());
  memo.get(src)?.set(tgt, result);
  return result;
}

// "(", "(about ", "(umgerechnet rund ", "(tương đương khoảng ": up to three words before the figure.
const ASIDE_WORD = /^\p{L}+\.?$/u;
function opensAside(gap: string): boolean {
  const g = gap.trim();
  if (!g.startsWith("(") || g.length > 40) return false;
  const words = g.slice(1).split(/\s+/u).filter(Boolean);
  return words.length <= 3 && words.every((w) => ASIDE_WORD.test(w));
}
const RANGE_JOIN = /^\s*(?:-|–|—|to|bis|đến)\s*$/u;

/**
 * Numbers in brackets right after a quantity that restate it in another unit or currency:
 * "50 km (31 dặm)", "37–39 °C (99–102 °F)", "VND2 trillion (US$80 million)".
 */
export function bracketedConversions(a: Analysis): NumberMention[] {
  const list = a.numbers;
  const out: NumberMention[] = [];
  for (let i = 1; i < list.length; i++) {
    const b = list[i] as NumberMention;
    const gap = (x: NumberMention, y: NumberMention) => a.text.slice(x.span[1], y.span[0]);
    if (!opensAside(gap(list[i - 1] as NumberMention, b))) continue;
    const before = list.slice(Math.max(0, i - 2), i);
    const restates = (x: NumberMention) =>
      convertible(x, b) || (!!x.currency && !!b.currency && x.currency !== b.currency);
    if (!before.some(restates)) continue;
    out.push(b);
    const c = list[i + 1];
    if (c && RANGE_JOIN.test(gap(b, c))) out.push(c);
  }
  return out;
}
