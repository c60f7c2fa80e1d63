import "server-only";
import { db } from "@/lib/db";
import { effortFields } from "@/lib/review/effort-fields";
import { shiftEffortDays } from "./shift-effort-days";

// Rows that have a text but no stored effort yet: rows from before the effort columns existed (the
// migration cannot run the TER code). Every writer stores effort with the text (apply-step, MT batches,
// imports in lib/articles/server/write-article.ts).
const WITH_TEXT = ["machine", "draft", "translated", "approved", "rejected"];
export const FILL_BATCH = 200;

export function pendingEffortWhere() {
  return { effortAt: null, state: { in: WITH_TEXT } };
}

/**
 * Computes the stored effort of up to `limit` such rows: TER outside any transaction, then one short
 * transaction of compare-and-set updates (a row saved meanwhile got its effort from that save and is left
 * alone). The effort is dated at the row's last change, as the report always did. Returns the rows read.
 */
export async function fillEffort(limit = FILL_BATCH): Promise<number> {
  const rows = await db.translation.findMany({
    where: pendingEffortWhere(),
    take: limit,
    select: { id: true, lang: true, version: true, text: true, machineText: true, updatedAt: true, editSeconds: true },
  });
  if (!rows.length) return 0;
  const computed = rows.map((r) => ({ r, fields: effortFields(r.text, r.machineText, r.updatedAt) }));
  await db.$transaction(async (tx) => {
    const changes = [];
    for (const { r, fields } of computed) {
      // updatedAt kept: computing a number is not an edit.
      const done = await tx.translation.updateMany({
        where: { id: r.id, version: r.version, effortAt: null },
        data: { ...fields, updatedAt: r.updatedAt },
      });
      if (done.count === 1)
        changes.push({ lang: r.lang, before: null, after: { ...fields, editSeconds: r.editSeconds } });
    }
    await shiftEffortDays(tx, changes);
  });
  return rows.length;
}
