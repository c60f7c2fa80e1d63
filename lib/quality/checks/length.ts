// length.*: target/source length ratio far outside what news translations show. Expected ratios
// measured on prisma/demo/ntrex-news-dev (median de/vi 1.09, en/vi 0.92); bounds sit past the
// 0.5th/99.5th percentiles so only truncations and run-ons stand out.
import { issue } from "../catalogue";
import type { Check } from "./context";

const EXPECTED = { de: 1.09, en: 0.92 } as const;
const MIN_SOURCE = 30;

export const checkLength: Check = ({ source, target, lang }) => {
  const s = source.trim().length;
  const t = target.trim().length;
  if (s < MIN_SOURCE || t === 0) return [];
  const ratio = t / s;
  const rel = ratio / EXPECTED[lang];
  const params = { ratio: Math.round(ratio * 100) / 100 };
  if (rel < 0.45) return [issue("length.too-short", lang, params, [0, source.length], [0, target.length])];
  if (rel > 2.1) return [issue("length.too-long", lang, params, [0, source.length], [0, target.length])];
  return [];
};
