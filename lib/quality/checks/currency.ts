// currency.*: an amount that matches in value must keep its currency (đô la = USD, bảng = GBP,
// đồng = VND). A currency dropped entirely is a warning: "2 triệu" may be repeated without unit.
import { issue } from "../catalogue";
import { align } from "../extract/align";
import { formatNumber as f } from "../extract/numbers";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

export const checkCurrency: Check = ({ src, tgt, lang }) => {
  const out: QualityIssue[] = [];
  const targetCurrencies = new Set(tgt.numbers.map((n) => n.currency).filter(Boolean));
  for (const { s, t } of align(src, tgt).matched) {
    if (!s.currency) continue;
    if (t.currency && t.currency !== s.currency) {
      out.push(issue("currency.mismatch", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    } else if (!t.currency && !targetCurrencies.has(s.currency) && !t.soft) {
      out.push(issue("currency.missing", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    }
  }
  return out;
};
