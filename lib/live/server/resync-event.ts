import "server-only";
import { loadEditor } from "@/lib/articles/server/load-editor";
import type { LiveEvent } from "@/lib/live/events";
import { TARGET_LANGS } from "@/lib/vocabulary";

/**
 * All rows of the article as patches, for an editor that reconnected too late to be told what it missed
 * (another instance, a restart, more than the kept events): it applies what is newer than what it holds.
 */
export async function resyncEvent(articleId: string): Promise<LiveEvent> {
  const article = await loadEditor(articleId);
  const changes = article.segments.flatMap((s) =>
    TARGET_LANGS.flatMap((lang) => {
      const patch = s.translations[lang];
      return patch ? [{ segmentId: s.id, lang, patch }] : [];
    }),
  );
  return { type: "rows", actorId: "", actorName: "", changes };
}
