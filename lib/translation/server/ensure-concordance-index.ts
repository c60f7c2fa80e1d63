import "server-only";
import { db } from "@/lib/db";
import { backfillConcordance } from "./backfill-concordance";

const DONE_KEY = "concordance-backfill";

/**
 * Once per database: the concordance words of what was stored before the word index existed (the
 * migration cannot fold Vietnamese in SQL). A Setting row marks it done, so later starts skip it; two
 * instances starting at once both run it harmlessly (it is idempotent). Never rejects.
 */
export async function ensureConcordanceIndex(): Promise<void> {
  try {
    if (await db.setting.findUnique({ where: { key: DONE_KEY }, select: { key: true } })) return;
    const counts = await backfillConcordance();
    await db.setting.upsert({
      where: { key: DONE_KEY },
      create: { key: DONE_KEY, value: JSON.stringify(counts) },
      update: { value: JSON.stringify(counts) },
    });
  } catch (error) {
    console.error("[concordance] indexing the stored memory and approved segments failed", error);
  }
}
