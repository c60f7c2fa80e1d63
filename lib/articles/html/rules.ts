// What a block of a news page is, beyond what Readability already removed: the Vietnamese-news rules
// of plain-text import (ad markers, "Bình luận (0)", share rows, "Nguồn:") and their counterparts on
// German, English, French and Polish pages. Whole blocks only, as in line-kinds.ts.
import { isBoilerplateLine, isCaptionLine, isSourceLine } from "../line-kinds";
import type { Block } from "./blocks";

export type BlockKind = "body" | "caption" | "source" | "byline" | "drop";

const AD_LABEL =
  /^(?:advertisement|anzeige|werbung|quảng cáo|publicité|reklama|sponsored|gesponsert|ad|ads)(?:\s+\p{L}+)?$/iu;
const RELATED =
  /^(?:lire aussi|lire|revivez|lesen sie auch|siehe auch|mehr zum thema|mehr dazu|mehr artikel|weitere artikel|read more|see also|related|more on this story|more stories|xem thêm|đọc thêm|tin liên quan|tin cùng chuyên mục|dowiedz się więcej|czytaj (?:też|także|więcej))\b/iu;
const COUNTER_WORDS =
  /kommentare?|comments?|bình luận|commentaires?|komentarze?|teilen|share|tweet|chia sẻ|partager|udostępnij|likes?|thích/giu;
const COUNTER_REST = /^[\s()\d]*$/u;

/** "Kommentare (16)", "teilen17", "Share 92 Tweet": counter words, digits and brackets only. */
function isCounter(text: string): boolean {
  const rest = text.replace(COUNTER_WORDS, "");
  return rest !== text && COUNTER_REST.test(rest);
}
// A date (12.05.2020, 2020-05-12, 18. Oktober 2023, May 4, 2021, 4 mai 2021, ngày 4/5/2021) in a short
// line of at most a few other words is a dateline of the page, not article text.
const DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s\p{L}{3,12}\.?\s\d{4}|\p{L}{3,9}\.?\s\d{1,2},\s\d{4}/u;
const DATE_LINE_MAX = 60;
const DATE_LINE_WORDS = 6;

function isDateLine(text: string): boolean {
  if (text.length > DATE_LINE_MAX || !DATE.test(text)) return false;
  return (text.match(/\p{L}+/gu)?.length ?? 0) <= DATE_LINE_WORDS;
}
// Calls to subscribe, register or sign in: a paywall or newsletter box, never article text.
const PAYWALL =
  /newsletter|abonnier|abonnement|abonnez|s'abonner|subscribe|subscription|sign in|log in|registrier|jetzt anmelden|đăng ký|đăng nhập|prenumerat|zaloguj|to read the full story/iu;
const PAYWALL_MAX = 300;
// Class and id names of page furniture; \b inside names like "related-articles" or "c-share__count".
const FURNITURE =
  /(?:^|[\s_-])(?:related|teaser|newsletter|paywall|share|sharing|social|comments?|promo|advert\w*|ads?|sidebar|breadcrumbs?|tags?|recommend\w*|read-?more|more-?stories|most-?popular|outbrain|taboola|subscribe|signup|login|footer|author-?box)(?:$|[\s_-])/u;
const CREDIT_CONTEXT = /(?:^|[\s_-])(?:caption|credit|bildunterschrift|legend|photo-?credit)(?:$|[\s_-])/u;
const SOURCE_LINE = /^(?:źródło|quelle|source|nguồn|fonte|fuente)\s*:/iu;
const BYLINE_PREFIX = /^(?:von|by|autor|autorin|par|bởi|tác giả)\s*:?\s+/iu;
const BYLINE_CONTEXT = /(?:^|[\s_-])(?:byline|author|autor)(?:$|[\s_-])/u;

export function isByline(block: Block): boolean {
  if (block.text.length > 80) return false;
  return BYLINE_PREFIX.test(block.text) || BYLINE_CONTEXT.test(block.context);
}

/** The name in a byline ("Von Lisa Petrich" → "Lisa Petrich"). */
export function bylineName(text: string): string {
  return text.replace(BYLINE_PREFIX, "").trim();
}

export function isFurniture(context: string): boolean {
  return FURNITURE.test(context);
}

export function classifyBlock(block: Block): BlockKind {
  const { text } = block;
  if (isBoilerplateLine(text) || AD_LABEL.test(text) || isCounter(text) || isDateLine(text)) return "drop";
  if (RELATED.test(text) && (block.linkShare > 0.3 || text.length < 160)) return "drop";
  if (text.length <= PAYWALL_MAX && PAYWALL.test(text)) return "drop";
  if (block.role !== "heading" && block.linkShare >= 0.8 && text.length < 200) return "drop";
  if (isFurniture(block.context)) return "drop";
  if (isSourceLine(text) || SOURCE_LINE.test(text)) return "source";
  if (block.role === "caption" || isCaptionLine(text) || CREDIT_CONTEXT.test(block.context)) return "caption";
  if (isByline(block)) return "byline";
  return "body";
}
