import "server-only";
import { db } from "@/lib/db";
import type { LiveNotice } from "@/lib/live/events";
import { rowPatches } from "@/lib/review/server/row-patches";
import { hub } from "./hub";

/**
 * A notice reached this instance (its own, or another's through PostgreSQL): the changed rows are read
 * once, as the patches the editor already applies after its own saves, and sent to this instance's open
 * editors of the article. An article nobody here has open costs nothing, not even the read.
 */
export async function receiveNotice(notice: LiveNotice): Promise<void> {
  const { bus, presence, streams } = hub();
  if (notice.kind === "presence") {
    // A move sent through another instance: this instance's stream repeats it in its beats from now on.
    const stream = streams.get(notice.clientId);
    if (stream && stream.userId === notice.userId && stream.articleId === notice.articleId && !notice.left)
      stream.last = notice;
  }
  if (bus.listening(notice.articleId) === 0) {
    if (notice.kind === "presence") presence.apply(notice, Date.now()); // the article list shows it
    return;
  }
  if (notice.kind === "presence") {
    if (presence.apply(notice, Date.now()))
      bus.publish(notice.articleId, { type: "presence", people: presence.list(notice.articleId) });
    return;
  }
  const changes = await rowPatches(db, notice.rows, notice.actorName);
  if (changes.length === 0) return;
  bus.publish(notice.articleId, {
    type: "rows",
    actorId: notice.actorId,
    actorName: notice.actorName,
    changes,
  });
}
