import "server-only";
import { db } from "@/lib/db";
import { type TargetLang, parseTargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { segmentIssues } from "@/lib/quality/issues-by-lang";
import { loadCheckOptions } from "@/lib/quality/server/check-options";
import { needsMachineRefresh } from "@/lib/translation/machine-refresh";
import { fillRowSelect, fillUntranslated } from "./fill-untranslated";
import { refreshMachineText } from "./refresh-machine-text";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { shiftEffortDays } from "@/lib/review/server/shift-effort-days";

export type MtWrite = { translationId: string; segmentId: string; text: string; billedCharacters: number };
export type MtBatch = {
  jobId: string;
  articleId: string;
  lang: TargetLang;
  actorId: string | null;
  origin: "machine" | "tm";
  engine: string;
  settings: Record<string, unknown>;
  writes: MtWrite[];
  billedCharacters: number;
  requests: number;
};

/**
 * One batch's results in ONE transaction: each row is filled only if it is still untranslated (version
 * compare-and-set, so a human edit made while DeepL was answering wins), with a revision, fresh quality
 * issues for its segment, its stored effort and the job's progress. A row whose source changed gets the
 * new machine text beside its draft instead (refresh-machine-text.ts). Returns how many rows were written.
 */
export async function writeMtBatch(b: MtBatch): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const options = await loadCheckOptions(tx);
      const segments = await tx.segment.findMany({
        where: { id: { in: b.writes.map((w) => w.segmentId) } },
        select: {
          id: true,
          sourceText: true,
          kind: true,
          translations: { select: { ...fillRowSelect, text: true, sourceChanged: true, machineSettings: true } },
        },
      });
      const byId = new Map(segments.map((s) => [s.id, s]));
      let filled = 0;
      const efforts: EffortChange[] = [];
      for (const w of b.writes) {
        const seg = byId.get(w.segmentId);
        const row = seg?.translations.find((t) => t.id === w.translationId);
        if (!seg || !row) continue;
        if (row.state !== "untranslated") {
          const fresh = { text: w.text, engine: b.engine, settings: b.settings, forSource: seg.sourceText };
          const current = needsMachineRefresh(row, seg.sourceText);
          if (current && (await refreshMachineText(tx, row, { ...fresh, billedCharacters: w.billedCharacters })))
            filled++;
          continue;
        }
        const effort = await fillUntranslated(tx, row, {
          text: w.text,
          state: "machine",
          origin: b.origin,
          engine: b.engine,
          settings: b.settings,
          billedCharacters: w.billedCharacters,
          actorId: b.actorId,
          action: b.origin,
        });
        if (!effort) continue;
        filled++;
        efforts.push(effort);
        // Cross-target checks depend on both languages, so both rows of the segment get fresh issues.
        row.text = w.text;
        row.state = "machine";
        const texts = Object.fromEntries(seg.translations.map((t) => [t.lang, { text: t.text, state: t.state }]));
        const issues = segmentIssues({ source: seg.sourceText, kind: seg.kind, de: texts.de, en: texts.en }, options);
        for (const t of seg.translations) {
          const s = issues[parseTargetLang(t.lang)];
          await tx.translation.update({
            where: { id: t.id },
            data: { issues: JSON.stringify(s.issues), errorCount: s.errorCount, warningCount: s.warningCount },
          });
        }
      }
      await shiftEffortDays(tx, efforts);
      // Billed characters and requests were counted when DeepL answered (charged-translate.ts), before this
      // write: a batch that fails here, or whose rows a human filled meanwhile, still counts as cost.
      await tx.mtJob.update({
        where: { id: b.jobId },
        data: { done: { increment: b.writes.length }, tmFilled: { increment: b.origin === "tm" ? filled : 0 } },
      });
      await recordEvent(tx, {
        actorId: b.actorId,
        action: `translation.${b.origin}`,
        entityType: "article",
        entityId: b.articleId,
        articleId: b.articleId,
        data: {
          jobId: b.jobId,
          lang: b.lang,
          filled,
          skipped: b.writes.length - filled,
          billedCharacters: b.billedCharacters,
        },
      });
      return filled;
    },
    { timeout: 30_000 },
  );
}
