// My work: which sections a role sees and what one line of the queue holds. Pure.
import { can } from "@/lib/auth/permissions";
import type { Role, TargetLang } from "@/lib/vocabulary";

export const SECTIONS = ["translate", "review", "returned", "publish"] as const;
export type Section = (typeof SECTIONS)[number];

/** How many lines a section shows: bounded, the list's filters page through the rest. */
export const SECTION_LIMIT = 25;

/**
 * A translator sees what to translate; a reviewer what to review and what came back; a publisher what is
 * ready to publish; an admin (who holds every permission) all of them.
 */
export function sectionsFor(role: Role): Section[] {
  if (role === "admin") return [...SECTIONS];
  if (role === "publisher") return can(role, "article.publish") ? ["publish"] : [];
  if (role === "reviewer") return ["review", "returned"];
  return ["translate"];
}

export type QueueItem = {
  articleId: string;
  title: string;
  lang: TargetLang;
  /** The section's count: open segments, awaiting review, came back, or approved (publish). */
  count: number;
  /** Rejected segments (translate), overridden errors (publish). */
  extra: number;
  dueAt: Date | null;
  assignedToMe: boolean;
  /** Oldest waiting text (review), else null. */
  since: Date | null;
};

/** Assigned to me first, then by deadline (earliest, so overdue first), then in the order found. */
export function orderQueue(items: readonly QueueItem[]): QueueItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      if (a.item.assignedToMe !== b.item.assignedToMe) return a.item.assignedToMe ? -1 : 1;
      const da = a.item.dueAt?.getTime() ?? Infinity;
      const db = b.item.dueAt?.getTime() ?? Infinity;
      return da === db ? a.i - b.i : da - db;
    })
    .map(({ item }) => item);
}

/** The article-language after `current` in a queue: where Ctrl+Enter goes when an article is done. */
export function nextInQueue(items: readonly QueueItem[], currentArticleId: string): QueueItem | null {
  return items.find((i) => i.articleId !== currentArticleId) ?? null;
}
