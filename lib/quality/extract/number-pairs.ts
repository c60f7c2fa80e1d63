// Two neighbouring numbers that are one quantity, or share a suffix.
import type { NumberMention } from "./number-mention";

const RANGE_GAP = /^\s*(?:-|–|—|đến|tới|to|bis|and|und|và|or|oder|hoặc)\s*$/iu;

/** Fractions (1/3), abbreviated year ranges (1950-53) and shared suffixes in ranges (2 to 4 inches). */
export function joinPairs(list: NumberMention[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (!a) continue;
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.span[1], b.span[0]);
    if (
      !a.soft &&
      !b.soft &&
      gap === "/" &&
      Number.isInteger(a.value) &&
      b.value >= 2 &&
      b.value <= 10 &&
      a.value < b.value
    ) {
      out.push({
        ...a,
        value: a.value / b.value,
        values: [a.value / b.value],
        mantissa: a.value / b.value,
        span: [a.span[0], b.span[1]],
        raw: text.slice(a.span[0], b.span[1]),
      });
      i++;
      continue;
    }
    if (/^[-–/]$/.test(gap) && /^\d{4}$/.test(a.raw) && /^\d{2}$/.test(b.raw)) {
      const year = Math.floor(a.value / 100) * 100 + b.value;
      b.value = year > a.value ? year : year + 100;
      b.values = [b.value, ...b.values];
      b.mantissa = b.value;
    }
    if (RANGE_GAP.test(gap)) {
      if (a.magnitude === 1 && b.magnitude > 1 && !a.soft) {
        a.magnitude = b.magnitude;
        a.values = a.values.map((v) => v * b.magnitude);
        a.value = a.values[0] ?? 0;
      }
      a.percent ||= b.percent;
      a.unit ??= b.unit;
      a.currency ??= b.currency;
      b.currency ??= a.currency;
    }
    out.push(a);
  }
  return out;
}
