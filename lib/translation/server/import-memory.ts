import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/action";
import { recordEvent } from "@/lib/audit/server/record-event";
import { importTmx } from "@/lib/translation/tmx";
import { tmKey } from "./tm-key";

export const TMX_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/**
 * TMX units into the memory in one transaction (a bad file changes nothing). A unit's German or English
 * text replaces the stored one for the same normalised source; a language the file lacks is kept.
 */
export async function importMemory(input: { xml: string }, actor: Actor): Promise<{ created: number; updated: number; skipped: number }> {
  const { units, skipped } = importTmx(input.xml, { maxBytes: TMX_UPLOAD_MAX_BYTES });
  return db.$transaction(async (tx) => {
    let created = 0, updated = 0;
    for (const u of units) {
      const key = tmKey(u.vi);
      if (!key.vi) continue;
      const data = { ...(u.de ? { de: u.de } : {}), ...(u.en ? { en: u.en } : {}) };
      const existing = await tx.tmEntry.findUnique({ where: { hash: key.hash }, select: { id: true } });
      if (existing) { await tx.tmEntry.update({ where: { id: existing.id }, data }); updated++; }
      else { await tx.tmEntry.create({ data: { ...key, ...data } }); created++; }
    }
    await recordEvent(tx, { actorId: actor.id, action: "memory.import", entityType: "tmEntry", entityId: "tmx", data: { created, updated, skipped } });
    return { created, updated, skipped };
  }, { timeout: 120_000 });
}
