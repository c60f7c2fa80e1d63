// The live channel's shapes: what travels between instances (a small NOTIFY payload) and what an open
// editor receives over Server-Sent Events. Pure: no database, no framework.
import { z } from "zod";
import type { RowChange } from "@/lib/articles/editor-types";
import { TARGET_LANGS } from "@/lib/vocabulary";

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more: a notice names at most this many rows. */
export const MAX_NOTICE_ROWS = 100;
export const LIVE_CHANNEL = "duyet_live";

const id = z.string().min(1).max(64);
const name = z.string().max(120);

/** Rows committed by someone: the listener re-reads them (the payload never carries text). */
const rowsNotice = z.object({
  kind: z.literal("rows"),
  articleId: id,
  rows: z.array(id).min(1).max(MAX_NOTICE_ROWS),
  actorId: id,
  actorName: name,
});

/** Where one open editor is: an article, maybe a cell, maybe typing; `left` when it closed. */
export const presenceBeat = z.object({
  kind: z.literal("presence"),
  articleId: id,
  clientId: z.string().min(8).max(64),
  userId: id,
  name,
  segmentId: id.nullable(),
  lang: z.enum(TARGET_LANGS).nullable(),
  typing: z.boolean(),
  left: z.boolean(),
});

export const liveNotice = z.discriminatedUnion("kind", [rowsNotice, presenceBeat]);
export type LiveNotice = z.infer<typeof liveNotice>;
export type RowsNotice = z.infer<typeof rowsNotice>;
export type PresenceBeat = z.infer<typeof presenceBeat>;

/** The rows of one commit as notices small enough for NOTIFY (ids deduplicated, in chunks). */
export function rowsNotices(articleId: string, rows: readonly string[], actor: { id: string; name: string }) {
  const unique = [...new Set(rows)];
  const notices: RowsNotice[] = [];
  for (let i = 0; i < unique.length; i += MAX_NOTICE_ROWS) {
    const chunk = unique.slice(i, i + MAX_NOTICE_ROWS);
    notices.push({ kind: "rows", articleId, rows: chunk, actorId: actor.id, actorName: actor.name.slice(0, 120) });
  }
  return notices;
}

/** A notice from the wire, or null when it is not one of ours (another app on the channel, a bad payload). */
export function parseNotice(payload: string): LiveNotice | null {
  try {
    const parsed = liveNotice.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** What an editor receives: the patches it applies to its rows, or who is where in the article. */
export type LiveEvent =
  | { type: "rows"; actorId: string; actorName: string; changes: RowChange[] }
  | { type: "presence"; people: PresenceView[] };

/** One other person in the article, as a cell shows them. */
export type PresenceView = {
  clientId: string;
  userId: string;
  name: string;
  initials: string;
  segmentId: string | null;
  lang: (typeof TARGET_LANGS)[number] | null;
  typing: boolean;
};

/** One Server-Sent Events frame. JSON has no raw newlines, so the data is one `data:` line. */
export function sseFrame(event: string, data: unknown, id?: string): string {
  const head = id ? `id: ${id}\n` : "";
  return `${head}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** Up to two letters of a name, for the badge ("Nguyễn Thị Lan" → "NL"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 12);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0] ?? "?";
  const last = words.length > 1 ? ([...words[words.length - 1]!][0] ?? "") : "";
  return (first + last).toLocaleUpperCase();
}
