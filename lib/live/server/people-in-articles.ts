import "server-only";
import { hub, sharedThroughPostgres } from "./hub";
import { ensureListening } from "./pg-listener";

/**
 * Who has each of these articles open now (the article list), from memory: no database read. On
 * PostgreSQL this instance listens from its first call on, and hears every open editor's beat within 15 s.
 */
export async function peopleInArticles(articleIds: readonly string[]): Promise<Map<string, string[]>> {
  if (sharedThroughPostgres()) await ensureListening().catch(() => undefined);
  const { presence } = hub();
  presence.expire(Date.now());
  return presence.namesIn(articleIds);
}
