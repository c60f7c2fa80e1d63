// currency.*: an amount that matches in value must keep its currency (đô la = USD, bảng = GBP,
// đồng = VND). A currency dropped entirely is a warning: "2 triệu" may be repeated without unit.
import { userTextPattern } from "@/lib/text/patterns";
import { issue } from "../catalogue";
import { align } from "../extract/align";
import { formatNumber as f } from "../extract/numbers";
import type { QualityIssue } from "../types";
import type { Check } from "./context";

// German compounds carry the currency inside the word: "100-Dollar-Note", "die 5- und 100-Dollarnoten",
// "500-Euro-Schein". Read from the number's end, over a suspended hyphen ("5- und 100-…").
const CURRENCY_WORD = "(?:Dollar|Euro|Pfund|Yen|Yuan|Dong|Franken|Rupien|Won|Baht|Rubel)";
const DE_COMPOUND = userTextPattern(
  new RegExp(`^(?:-\\s(?:und|oder|bis)\\s\\d[\\d.,]*)?-\\p{L}{0,12}?${CURRENCY_WORD}`, "u"),
);
const compoundCurrency = (target: string, end: number) => DE_COMPOUND.test(target.slice(end, end + 40));

export const checkCurrency: Check = ({ src, tgt, lang, target }) => {
  const out: QualityIssue[] = [];
  const targetCurrencies = new Set(tgt.numbers.map((n) => n.currency).filter(Boolean));
  for (const { s, t } of align(src, tgt).matched) {
    if (!s.currency) continue;
    if (t.currency && t.currency !== s.currency) {
      out.push(issue("currency.mismatch", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    } else if (!t.currency && !targetCurrencies.has(s.currency) && !t.soft) {
      if (lang === "de" && compoundCurrency(target, t.span[1])) continue;
      out.push(issue("currency.missing", lang, { expected: f(s), found: f(t) }, s.span, t.span));
    }
  }
  return out;
};
