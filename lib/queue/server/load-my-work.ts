import "server-only";
import type { Actor } from "@/lib/vocabulary";
import { nextInQueue, sectionsFor, type QueueItem, type Section } from "@/lib/queue/sections";
import { loadTranslateQueue } from "./translate-queue";
import { loadReturnedQueue, loadReviewQueue } from "./review-queue";
import { loadPublishQueue } from "./publish-queue";

const LOADERS: Record<Section, (userId: string) => Promise<QueueItem[]>> = {
  translate: loadTranslateQueue,
  review: loadReviewQueue,
  returned: loadReturnedQueue,
  publish: loadPublishQueue,
};

/** My work: the sections the actor's role sees (lib/queue/sections.ts), each a bounded queue. */
export async function loadMyWork(actor: Actor): Promise<{ section: Section; items: QueueItem[] }[]> {
  const sections = sectionsFor(actor.role);
  return Promise.all(sections.map(async (section) => ({ section, items: await LOADERS[section](actor.id) })));
}

/** Where Ctrl+Enter goes when an article is done: the first line of my first queue that is another article. */
export async function findNextQueued(actor: Actor, currentArticleId: string) {
  for (const section of sectionsFor(actor.role)) {
    if (section === "publish") continue; // publishing is not segment work
    const next = nextInQueue(await LOADERS[section](actor.id), currentArticleId);
    if (next) return { articleId: next.articleId, lang: next.lang, title: next.title };
  }
  return null;
}
