// What a block of a news page is, beyond what Readability already removed: the Vietnamese-news rules
// of plain-text import (ad markers, "Bình luận (0)", share rows, "Nguồn:") and their counterparts on
// German, English, French and Polish pages. Whole blocks only, as in line-kinds.ts.
import { isBoilerplateLine, isCaptionLine, isSourceLine } from "../line-kinds";
import type { Block } from "./blocks";

export type BlockKind = "body" | "caption" | "source" | "byline" | "drop";

const AD_LABEL =
  /^(?:advertisement|anzeige|werbung|quảng cáo|publicité|publicidad|publicidade|reklama|sponsored|gesponsert|ad|ads)(?:\s+\p{L}+)?$/iu;
// "CONTINUA DEPOIS DA PUBLICIDADE", "sigue después de la publicidad", "Artikel wird unter der Anzeige fortgesetzt".
const AD_CONTINUES =
  /^(?:(?:continua|continúa|sigue)\s+(?:depois|después|despues)\s+(?:de\s+la|d[aeo]l?)\s+(?:publicidade|publicidad|anuncio)|(?:der )?artikel (?:wird )?unter (?:der|dieser) anzeige (?:fortgesetzt|weiter))$/iu;
const RELATED =
  /^(?:lire aussi|lire|revivez|lesen sie auch|siehe auch|mehr zum thema|mehr dazu|mehr artikel|weitere artikel|read more|see also|related|more on this story|more stories|xem thêm|đọc thêm|tin liên quan|tin cùng chuyên mục|dowiedz się więcej|czytaj (?:też|także|więcej)|te puede interesar|lee también|lea (?:más|también)|leia (?:mais|também)|veja também|notas relacionadas|filed under|tagged)\b/iu;
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
  /newsletter|abonnier|abonnement|abonnez|s'abonner|subscribe|subscription|sign in|log in|registrier|jetzt anmelden|đăng ký|đăng nhập|prenumerat|zaloguj|to read the full story|assine|assinatura|suscr[ií]b|suscripci[oó]n/iu;
const PAYWALL_MAX = 300;
// Class and id names of page furniture; \b inside names like "related-articles" or "c-share__count".
const FURNITURE =
  /(?:^|[\s_-])(?:related|teaser|newsletter|paywall|share|sharing|social|comments?|promo|advert\w*|ads?|sidebar|breadcrumbs?|tags?|recommend\w*|read-?more|more-?stories|most-?popular|outbrain|taboola|subscribe|signup|login|footer|author-?box)(?:$|[\s_-])/u;
const CREDIT_CONTEXT = /(?:^|[\s_-])(?:caption|credit|copyright|bildunterschrift|legend|photo-?credit)(?:$|[\s_-])/u;
// "© Aton" under a photo is its credit; "© 2022 Editora 247 - Todos os Direitos Reservados" is a footer.
const CREDIT_LINE = /^(?:©|\(c\))\s*\p{L}/iu;
const RIGHTS = /rights|rechte|vorbehalten|reservad|derechos|droits|bản quyền/iu;
const CREDIT_MAX = 80;
const isCreditLine = (text: string) => text.length <= CREDIT_MAX && CREDIT_LINE.test(text) && !RIGHTS.test(text);
// Offers of the print edition or a free trial ("Kostenlos erhalten Sie die aktuelle Ausgabe hier").
const OFFER = /(?:kostenlos|gratis)\s+(?:erhalten|testen|lesen)|probe-?abo|free trial|print edition|e-?paper\b/iu;
const OFFER_MAX = 400;
const SOURCE_LINE = /^(?:źródło|quelle|source|nguồn|fonte|fuente)\s*:/iu;
const BYLINE_PREFIX = /^(?:von|by|autor|autorin|par|por|bởi|tác giả)\s*:?\s+/iu;
const BYLINE_CONTEXT = /(?:^|[\s_-])(?:byline|author|autor)(?:$|[\s_-])/u;

/** "Por Agencia EFE", not "Por otra parte, …": the prefix is followed by a capital. */
const NAME_START = /^\p{Lu}/u;

export function isByline(block: Block): boolean {
  // A subheading may start like one ("Von Risiken und Nebenwirkungen").
  if (block.text.length > 80 || block.role === "heading") return false;
  if (BYLINE_PREFIX.test(block.text)) return NAME_START.test(block.text.replace(BYLINE_PREFIX, ""));
  return BYLINE_CONTEXT.test(block.context);
}

/** The name in a byline ("Von Lisa Petrich" → "Lisa Petrich"). */
export function bylineName(text: string): string {
  return text.replace(BYLINE_PREFIX, "").trim();
}

// WordPress marks the article element with its taxonomy ("tag-louvre", "category-arts") and themes mark
// the page's columns ("layout-right-sidebar", "has-sidebar"): labels of the container, not furniture.
const TAXONOMY_CLASS = /^(?:tag|category|post|type|format|status|layout|page-layout|has|with)-/u;

export function isFurniture(context: string): boolean {
  if (!FURNITURE.test(context)) return false;
  return FURNITURE.test(
    context
      .split(" ")
      .filter((name) => !TAXONOMY_CLASS.test(name))
      .join(" "),
  );
}

export function classifyBlock(block: Block): BlockKind {
  const { text } = block;
  if (isBoilerplateLine(text) || AD_LABEL.test(text) || AD_CONTINUES.test(text)) return "drop";
  if (isCounter(text) || isDateLine(text)) return "drop";
  if (RELATED.test(text) && (block.linkShare > 0.3 || text.length < 160)) return "drop";
  if (text.length <= PAYWALL_MAX && PAYWALL.test(text)) return "drop";
  if (text.length <= OFFER_MAX && OFFER.test(text)) return "drop";
  if (block.role !== "heading" && block.linkShare >= 0.8 && text.length < 200) return "drop";
  if (isFurniture(block.context)) return "drop";
  if (isSourceLine(text) || SOURCE_LINE.test(text)) return "source";
  if (block.role === "caption" || isCaptionLine(text) || CREDIT_CONTEXT.test(block.context)) return "caption";
  if (isCreditLine(text)) return "caption";
  if (isByline(block)) return "byline";
  return "body";
}
