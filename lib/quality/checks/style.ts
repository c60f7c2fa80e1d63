// style.*: relative-date words that go stale when an article is republished ("heute", "today"),
// and accidentally repeated words.
import { issue } from "../catalogue";
import type { Lang, QualityIssue, Span } from "../types";
import type { Check } from "./context";

const RELATIVE: Record<Lang, RegExp> = {
  de: /(?<![\p{L}])(?:[Hh]eute(?:\s+(?:Morgen|Abend|Nachmittag|Vormittag|früh))?|[Gg]estern(?:\s+(?:Morgen|Abend|Nachmittag))?|[Vv]orgestern|[Üü]bermorgen|morgen|(?:diese[rn]?|letzte[rn]?|vergangene[rn]?|nächste[rn]?|kommende[rn]?) Woche)(?![\p{L}])/gu,
  en: /(?<![\p{L}])(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his (?:morning|afternoon|evening|week)|[Ll]ast (?:night|week)|[Nn]ext week)(?![\p{L}])/gu,
};
const VI_RELATIVE =
  /(?<![\p{L}])(?:hôm nay|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|hôm qua|sáng qua|tối qua|đêm qua|ngày mai|tuần này|tuần trước|tuần tới|tuần sau)(?![\p{L}])/iu;
// Legitimate doubled words: German relative pronouns after articles, English "had had", "that that".
const ALLOWED = new Set(["die", "der", "das", "dem", "den", "had", "that", "is"]);

const CLOSERS: Record<string, string> = { "„": "“”", "“": "”", '"': '"', "«": "»", "»": "«", "‚": "‘’" };

/** Stretches inside direct quotes: „…“, “…”, "…", «…». Unclosed quotes run to the end. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  let open = -1;
  let closers = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (open < 0 && CLOSERS[ch]) [open, closers] = [i, CLOSERS[ch] ?? ""];
    else if (open >= 0 && closers.includes(ch)) {
      out.push([open, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

export const checkStyle: Check = ({ source, target, lang }) => {
  const out: QualityIssue[] = [];
  const vi = VI_RELATIVE.exec(source);
  // A relative date inside a quote is the speaker's word, not the newsroom's ("„Heute beginnen wir…“").
  const quotes = quoteSpans(target);
  for (const m of target.matchAll(RELATIVE[lang])) {
    if (quotes.some(([a, b]) => a < m.index && m.index < b)) continue;
    out.push(
      issue("style.relative-date", lang, { found: m[0] }, vi ? [vi.index, vi.index + vi[0].length] : undefined, [
        m.index,
        m.index + m[0].length,
      ]),
    );
  }
  for (const m of target.matchAll(/(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/giu)) {
    if (ALLOWED.has((m[1] ?? "").toLowerCase())) continue;
    out.push(issue("style.repeated-word", lang, { found: m[0] }, undefined, [m.index, m.index + m[0].length]));
  }
  return out;
};
