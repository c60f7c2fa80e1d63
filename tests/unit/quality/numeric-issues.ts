// The issue codes of the numeric families (number, date, time, unit, currency) for one target language.
import { family } from "./helpers";

const NUMERIC = /^(number|date|time|unit|currency)\./;
export const numeric = (input: Parameters<typeof family>[0], lang: "de" | "en") =>
  family(input, lang, "").filter((c) => NUMERIC.test(c));
