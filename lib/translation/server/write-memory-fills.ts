import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/recheck-segment";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";
import { rowPatches, type RowChange } from "@/lib/review/server/row-patches";
import type { MemoryFill } from "@/lib/translation/memory-fill";
import { fillRowSelect, fillUntranslated } from "./fill-untranslated";

export type MemoryFillResult = { exact: number; fuzzy: number; changes: RowChange[] };

/**
 * The fills in ONE transaction with one audit row: each row as a draft from the memory while it is still
 * untranslated (fill-untranslated.ts), fresh issues per segment.
 */
export async function writeMemoryFills(o: {
  articleId: string;
  actor: Actor;
  via: "import" | "editor";
  fills: MemoryFill[];
}): Promise<MemoryFillResult> {
  if (o.fills.length === 0) return { exact: 0, fuzzy: 0, changes: [] };
  return db.$transaction(
    async (tx) => {
      const count = { exact: 0, fuzzy: 0 };
      const written: string[] = [];
      const touched = new Set<string>();
      const efforts: EffortChange[] = [];
      for (const f of o.fills) {
        const row = await tx.translation.findUnique({
          where: { segmentId_lang: { segmentId: f.segmentId, lang: f.lang } },
          select: fillRowSelect,
        });
        if (!row) continue;
        const fuzzy = f.score < 1;
        const origin = fuzzy ? "tm-fuzzy" : "tm";
        const effort = await fillUntranslated(tx, row, {
          text: f.text,
          state: "draft",
          origin,
          engine: "tm",
          settings: fuzzy ? { score: f.score } : {},
          actorId: o.actor.id,
          action: "tm",
        });
        if (!effort) continue;
        count[fuzzy ? "fuzzy" : "exact"]++;
        written.push(row.id);
        touched.add(f.segmentId);
        efforts.push(effort);
      }
      // Both languages of a segment are checked together (cross-target checks), once per segment.
      for (const segmentId of touched) await storeSegmentIssues(tx, await computeSegmentIssues(tx, segmentId));
      await recordEvent(tx, {
        actorId: o.actor.id,
        action: "translation.memory-fill",
        entityType: "article",
        entityId: o.articleId,
        articleId: o.articleId,
        data: { ...count, via: o.via },
      });
      await shiftEffortDays(tx, efforts); // last: the day's sums stay locked only until the commit
      return { ...count, changes: await rowPatches(tx, written, o.actor.name) };
    },
    { timeout: 30_000 },
  );
}
