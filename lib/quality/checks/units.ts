// unit.*: a translation may convert units (mph → km/h, pounds → kg, °F → °C); the converted
// value must agree within rounding. Agreeing conversions are accepted silently by the alignment.
import { issue } from "../catalogue";
import { align } from "../extract/align";
import { formatNumber as f } from "../extract/numbers";
import type { Check } from "./context";

export const checkUnits: Check = ({ src, tgt, lang }) =>
  align(src, tgt).conversion.map(({ s, t }) =>
    issue("unit.conversion", lang, { expected: f(s), found: f(t) }, s.span, t.span),
  );
