// time.*: clock times compared modulo 12 h (am/pm is often implicit in Vietnamese).
import { issue } from "../catalogue";
import { align } from "../extract/align";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export const checkTimes: Check = ({ src, tgt, lang, other }) => {
  const a = align(src, tgt);
  const out: QualityIssue[] = [];
  // The source leaves the half of the day open ("lúc 7 giờ"); the two translations must still agree
  // on it ("7 p.m." against "7 Uhr" is one of them wrong).
  const settled = a.timeMatched.filter(({ s, t }) => s.abs === undefined && t.abs !== undefined);
  if (other && settled.length) {
    const o = align(src, other.analysis).timeMatched;
    for (const { s, t } of settled) {
      const peer = o.find((p) => p.s === s)?.t;
      if (peer?.abs !== undefined && peer.abs !== t.abs)
        out.push(issue("time.mismatch", lang, { expected: peer.raw.trim(), found: t.raw.trim() }, s.span, t.span));
    }
  }
  for (const { s, t } of a.timeMismatch)
    out.push(issue("time.mismatch", lang, { expected: s.raw.trim(), found: t.raw.trim() }, s.span, t.span));
  for (const s of a.timeMissing) out.push(issue("time.missing", lang, { expected: s.raw.trim() }, s.span));
  for (const t of a.timeExtra) out.push(issue("time.extra", lang, { found: t.raw.trim() }, undefined, t.span));
  return out;
};
