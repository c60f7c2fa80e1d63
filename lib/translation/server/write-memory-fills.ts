import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/recheck-segment";
import { effortFields } from "@/lib/review/effort-fields";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";
import { rowPatches, type RowChange } from "@/lib/review/server/row-patches";
import type { MemoryFill } from "@/lib/translation/memory-fill";

export type MemoryFillResult = { exact: number; fuzzy: number; changes: RowChange[] };

const effortSelect = {
  id: true,
  version: true,
  effortAt: true,
  effortWords: true,
  effortBaseWords: true,
  effortEdits: true,
  editSeconds: true,
} as const;

/**
 * The fills in ONE transaction with one audit row: each row only if it is still untranslated (version
 * compare-and-set, so a person who typed meanwhile wins), as a draft whose baseline is the memory text
 * (effort measures the edits from it), with a revision nobody wrote (four-eyes), fresh issues per segment.
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
          select: { ...effortSelect, state: true },
        });
        if (!row || row.state !== "untranslated") continue;
        const fuzzy = f.score < 1;
        const origin = fuzzy ? "tm-fuzzy" : "tm";
        const version = row.version + 1;
        const effort = effortFields(f.text, f.text, new Date());
        const updated = await tx.translation.updateMany({
          where: { id: row.id, version: row.version, state: "untranslated" },
          data: {
            text: f.text,
            machineText: f.text,
            state: "draft",
            origin,
            version,
            machineEngine: "tm",
            machineSettings: JSON.stringify(fuzzy ? { score: f.score } : {}),
            updatedById: o.actor.id,
            ...effort,
          },
        });
        if (updated.count !== 1) continue;
        count[fuzzy ? "fuzzy" : "exact"]++;
        written.push(row.id);
        touched.add(f.segmentId);
        efforts.push({ lang: f.lang, before: row, after: { ...row, ...effort } });
        await tx.revision.create({
          data: {
            translationId: row.id,
            version,
            text: f.text,
            state: "draft",
            origin,
            action: "tm",
            authorId: o.actor.id,
            wroteText: false,
          },
        });
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
