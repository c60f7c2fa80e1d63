import "server-only";
import { hub } from "./hub";

const SWEEP_MS = 5_000;

/** Removes presence nobody renewed (a browser that vanished without closing) and tells the article. */
export function startSweeper(): void {
  const h = hub();
  if (h.sweeper) return;
  h.sweeper = setInterval(() => {
    for (const articleId of h.presence.expire(Date.now()))
      h.bus.publish(articleId, { type: "presence", people: h.presence.list(articleId) });
  }, SWEEP_MS);
  h.sweeper.unref();
}
