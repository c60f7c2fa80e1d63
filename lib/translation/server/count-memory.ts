import "server-only";
import { db } from "@/lib/db";
import { cappedCount, COUNT_TAKE, type CappedCount } from "@/lib/pagination/capped-count";

/** Units in the memory, counted up to the cap ("10,000+"): the memory grows with every approval. */
export async function countMemory(): Promise<CappedCount> {
  return cappedCount(await db.tmEntry.count({ take: COUNT_TAKE }));
}
