// time.*: clock times compared modulo 12 h (am/pm is often implicit in Vietnamese).
import { issue } from "../catalogue";
import { align } from "../extract/align";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export const checkTimes: Check = ({ src, tgt, lang }) => {
  const a = align(src, tgt);
  const out: QualityIssue[] = [];
  for (const { s, t } of a.timeMismatch)
    out.push(issue("time.mismatch", lang, { expected: s.raw.trim(), found: t.raw.trim() }, s.span, t.span));
  for (const s of a.timeMissing) out.push(issue("time.missing", lang, { expected: s.raw.trim() }, s.span));
  for (const t of a.timeExtra) out.push(issue("time.extra", lang, { found: t.raw.trim() }, undefined, t.span));
  return out;
};
