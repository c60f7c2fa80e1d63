// A number found in a text, and how the extractor starts and completes one.
import type { Span } from "../types";
import type { UnitInfo } from "./lexicon/units";

export type NumberMention = {
  value: number; // primary reading, magnitude folded in
  values: number[]; // every acceptable reading, primary first
  mantissa: number;
  magnitude: number;
  span: Span;
  raw: string;
  /** Spelled-out word or digits inside a code (SS19): may satisfy the other side, never alarms. */
  soft: boolean;
  /** A quantity named by its magnitude only (hàng tỷ, Milliarden, billions): soft, but its order counts. */
  vague?: boolean;
  percent: boolean;
  currency?: string;
  unit?: UnitInfo;
};

export function finish(m: NumberMention, base: number[], text: string): NumberMention {
  m.mantissa = base[0] ?? 0;
  m.values = base.map((v) => v * m.magnitude);
  m.value = m.values[0] ?? 0;
  m.raw = text.slice(m.span[0], m.span[1]);
  return m;
}

export const blank = (start: number, soft: boolean): NumberMention => ({
  value: 0,
  values: [],
  mantissa: 0,
  magnitude: 1,
  span: [start, start],
  raw: "",
  soft,
  percent: false,
});
