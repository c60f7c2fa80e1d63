// Two quantities that are one in different units (85 mph ≈ 136 km/h), and the bracketed restatements
// of a quantity in another unit or currency that a translation may add or leave out.
import type { Analysis } from "./analyze";
import type { NumberMention } from "./number-mention";

/** Equal within a relative tolerance. */
export const close = (x: number, y: number, tol = 1e-9) =>
  Math.abs(x - y) <= tol * Math.max(1, Math.abs(x), Math.abs(y));

/**
 * A converted value agrees within rounding (30 yards ≈ 27 m, 85 mph ≈ 136 km/h, 3 inch ≈ 7,5 cm,
 * 80 °F ≈ 27 °C): the target is the conversion rounded to a step under 7 % of it, truncated,
 * or, for a round figure of at most two significant digits, within 2 %. A changed last digit of a
 * precise figure (136 → 139) is therefore still caught.
 */
export function convertible(a: NumberMention, b: NumberMention): boolean {
  if (!a.unit || !b.unit) return false;
  if (a.unit.dim.startsWith("temp") && b.unit.dim.startsWith("temp")) {
    // Compared in Fahrenheit: a whole °F rounds by at most 0.5, a whole °C by 0.9 °F, so 39 °C is
    // 102 °F and never 101 (a changed last digit is caught).
    const c2f = (c: number) => (c * 9) / 5 + 32;
    // Celsius on one side, Fahrenheit on the other; a bare "độ"/"degrees" may be either.
    const [aF, bF] = [a.unit.dim !== "temp-c", b.unit.dim !== "temp-c"];
    const [aC, bC] = [a.unit.dim !== "temp-f", b.unit.dim !== "temp-f"];
    return (
      (aF && bC && Math.abs(c2f(b.value) - a.value) <= 0.95) || (bF && aC && Math.abs(c2f(a.value) - b.value) <= 0.95)
    );
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

// Units of a currency per US dollar, roughly (late 2020s). A restatement in another currency is
// taken when it lies within a factor 1.7 of that rate: loose enough for years of drift and rounding,
// tight enough that a dropped magnitude word or a changed leading digit (34 for 74) is an error.
const PER_USD: Record<string, number> = { USD: 1, VND: 25_000, EUR: 0.92, GBP: 0.79, JPY: 150, CNY: 7.2 };
const RATE_SLACK = 1.7;
export function plausibleRate(a: NumberMention, b: NumberMention): boolean {
  const [ra, rb] = [PER_USD[a.currency ?? ""], PER_USD[b.currency ?? ""]];
  if (!ra || !rb || !a.value || !b.value) return true;
  const ratio = a.value / ra / (b.value / rb);
  return ratio <= RATE_SLACK && ratio >= 1 / RATE_SLACK;
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
      convertible(x, b) || (!!x.currency && !!b.currency && x.currency !== b.currency && plausibleRate(x, b));
    if (!before.some(restates)) continue;
    out.push(b);
    const c = list[i + 1];
    if (c && RANGE_JOIN.test(gap(b, c))) out.push(c);
  }
  return out;
}
