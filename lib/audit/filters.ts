// The audit page's filters as they arrive in the URL (GET form), validated into a query. Pure, so a
// hand-edited URL with a bad date gives an empty filter, never a crash.
import { z } from "zod";
import type { Key } from "@/lib/pagination/keyset";
import { AUDIT_ACTIONS, AUDIT_GROUPS } from "./actions";

export const AUDIT_PAGE_SIZE = 50;

/** Filter choices offered in the UI: each group ("all of …") followed by its actions; any prefix works in the URL. */
export const AUDIT_ACTION_CHOICES: readonly string[] = AUDIT_GROUPS.flatMap((group) => [
  group,
  ...AUDIT_ACTIONS.filter((action) => action.startsWith(`${group}.`)),
]);

const day = z.iso.date();
const schema = z.object({
  action: z
    .string()
    .trim()
    .max(60)
    .regex(/^[a-z][a-z.-]*$/)
    .optional()
    .catch(undefined),
  user: z.string().trim().max(100).optional().catch(undefined),
  article: z.string().trim().max(100).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  // Keyset cursors (lib/pagination/keyset.ts): the events after / before that one, newest first.
  after: z.string().max(200).optional().catch(undefined),
  before: z.string().max(200).optional().catch(undefined),
});

/** Newest first by (createdAt, id): each filter has an index led by its column and ending in createdAt. */
export const AUDIT_KEYS: Key[] = [
  { field: "createdAt", dir: "desc", type: "date" },
  { field: "id", dir: "desc", type: "id" },
];

export type AuditFilters = {
  action?: string;
  user?: string;
  article?: string;
  from?: string;
  to?: string;
  after?: string;
  before?: string;
};
export type AuditQuery = AuditFilters & { createdFrom?: Date; createdBefore?: Date };

type SearchParams = Record<string, string | string[] | undefined>;

/** Days are whole days in `timeZone` (the one the page shows times in); "to" includes its whole day. */
export function parseAuditFilters(params: SearchParams, timeZone = "UTC"): AuditQuery {
  const flat = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]),
  );
  const f = schema.parse(flat) as AuditFilters;
  const createdFrom = f.from ? startOfDay(f.from, timeZone, 0) : undefined;
  const createdBefore = f.to ? startOfDay(f.to, timeZone, 1) : undefined;
  return { ...f, createdFrom, createdBefore };
}

/** Midnight starting `day` (+ `plusDays`) in `timeZone`, as an instant. Two passes settle DST changes. */
export function startOfDay(day: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d + plusDays);
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return (
    Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) -
    Math.floor(instant / 1000) * 1000
  );
}

/** `translation` matches translation.*, `translation.approve` matches itself: a prefix on whole words. */
export function actionMatches(filter: string, action: string): boolean {
  return action === filter || action.startsWith(`${filter.replace(/\.$/, "")}.`);
}

/**
 * The actions a filter stands for, as an IN list the (action, createdAt) index answers: the filter itself
 * (an action, or one no longer written) and every catalogued action under it ("token" → token.create, …).
 */
export function actionsMatching(filter: string): string[] {
  const exact = filter.replace(/\.$/, "");
  return [exact, ...AUDIT_ACTIONS.filter((a) => a !== exact && actionMatches(exact, a))];
}

/** The URL of the same filtered list, at a page given by a cursor (none: the first page). */
export function auditHref(f: AuditFilters, page: { after?: string; before?: string } = {}): string {
  const q = new URLSearchParams();
  for (const k of ["action", "user", "article", "from", "to"] as const) {
    const v = f[k];
    if (v) q.set(k, v);
  }
  if (page.after) q.set("after", page.after);
  else if (page.before) q.set("before", page.before);
  const s = q.toString();
  return s ? `/admin/audit?${s}` : "/admin/audit";
}
