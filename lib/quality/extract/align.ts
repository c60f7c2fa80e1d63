// Aligns the quantities of two texts as multisets of normalised values, allowing legitimate
// reformulations (spelled-out numbers, converted units, implicit am/pm). Every numeric family
// reads this one alignment, so a difference is reported once, by the family it belongs to.
import type { Analysis } from "./analyze";
import { budget, takePairs, zip, type Budget } from "./greedy";
import type { NumberMention } from "./number-mention";
import { parseNumeral } from "./numeral";
import type { TimeMention } from "./times";
import { bracketedConversions, close, convertible } from "./conversions";
import { repeatsDropped } from "./repeated-names";

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

const same = (a: NumberMention, b: NumberMention) => a.values.some((x) => b.values.some((y) => close(x, y)));

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
  // "at noon" may stand for "buổi trưa" (no figure): a word-named hour only ever answers a time.
  const {
    pairs: timeMismatch,
    restS,
    restT,
  } = zip(
    sT,
    tT.filter((t) => !t.named),
  );
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
  // Only when no other number is left over in the target ("a", "ein" are articles): "quý II … quý II"
  // ↔ "third … second quarter" is a changed numeral, not a repeat.
  if (extra.length === 0 && tS.every((t) => t.vague || t.value === 1))
    replaceWith(missing, repeatsDropped(missing, matched, src.text));
  const result: Alignment = { matched, magnitude, separator, conversion, mismatch, missing, extra, ...times };
  if (!memo.has(src)) memo.set(src, new WeakMap());
  memo.get(src)?.set(tgt, result);
  return result;
}
