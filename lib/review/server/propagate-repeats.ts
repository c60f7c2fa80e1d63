import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RowChange } from "@/lib/articles/editor-types";
import { parseOrigin, parseTargetLang, parseTranslationState, type Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { computeSegmentIssues, storeSegmentIssues } from "@/lib/quality/server/recheck-segment";
import { effortFields } from "@/lib/review/effort-fields";
import type { EffortChange } from "@/lib/review/effort-rollup";
import { repeatSegmentIds, repeatsToFill } from "@/lib/review/repeats";
import { claimFreeSegments } from "./claim-free-segments";
import { rowPatches } from "./row-patches";
import { shiftEffortDays } from "./shift-effort-days";

export type RepeatsResult = { count: number; changes: RowChange[] };

/**
 * After a confirm, inside ITS transaction: the repeats of the confirmed segment in this article (same
 * normalised source, same language) that nobody wrote yet (lib/review/repeats.ts) take the confirmed text
 * as translated, written by the confirming user — a revision each, fresh issues, effort, version bumped,
 * one audit row. A repeat someone changed meanwhile (version compare-and-set) or is writing right now
 * (claim-free-segments.ts) is left alone.
 */
export async function propagateRepeats(
  tx: Prisma.TransactionClient,
  input: { translationId: string; actor: Actor },
): Promise<RepeatsResult> {
  const none: RepeatsResult = { count: 0, changes: [] };
  const confirmed = await tx.translation.findUniqueOrThrow({
    where: { id: input.translationId },
    select: {
      articleId: true,
      lang: true,
      text: true,
      state: true,
      segment: { select: { id: true, sourceText: true } },
    },
  });
  if (confirmed.state !== "translated" || !confirmed.text.trim()) return none;
  // An article's segments are bounded by the import limits; the comparison needs the normalised source.
  const segments = await tx.segment.findMany({
    where: { articleId: confirmed.articleId },
    select: { id: true, sourceText: true, translatable: true },
  });
  const repeats = repeatSegmentIds({ id: confirmed.segment.id, source: confirmed.segment.sourceText }, segments);
  const ids = [...(await claimFreeSegments(tx, repeats))];
  if (ids.length === 0) return none;
  const rows = await tx.translation.findMany({ where: { segmentId: { in: ids }, lang: confirmed.lang } });
  const candidates = rows.map((r) => ({ ...r, state: parseTranslationState(r.state), origin: parseOrigin(r.origin) }));
  const text = confirmed.text;
  const written: string[] = [];
  const efforts: EffortChange[] = [];
  for (const row of repeatsToFill(candidates)) {
    const version = row.version + 1;
    const state = "translated";
    const pending = { translationId: row.id, text, state };
    const effort = effortFields(text, row.machineText, new Date());
    // Issues first, in row-id order, as a save does (lib/review/server/apply-step.ts): the same lock order.
    const checked = await computeSegmentIssues(tx, row.segmentId, pending);
    await storeSegmentIssues(tx, { ...checked, rows: [...checked.rows].sort((a, b) => (a.id < b.id ? -1 : 1)) });
    const author = { textAuthorId: input.actor.id, updatedById: input.actor.id };
    const updated = await tx.translation.updateMany({
      where: { id: row.id, version: row.version },
      data: { text, state, origin: "human", version, rejectReason: null, ...author, ...effort },
    });
    if (updated.count !== 1) {
      // Changed since it was read: left alone, and its issues are those of its own text again.
      await storeSegmentIssues(tx, await computeSegmentIssues(tx, row.segmentId));
      continue;
    }
    await tx.revision.create({
      data: {
        translationId: row.id,
        version,
        text,
        state,
        origin: "human",
        action: "repeat",
        authorId: input.actor.id,
      },
    });
    written.push(row.id);
    efforts.push({ lang: row.lang, before: row, after: { ...row, ...effort } });
  }
  if (written.length === 0) return none;
  await recordEvent(tx, {
    actorId: input.actor.id,
    action: "translation.repeat",
    entityType: "translation",
    entityId: input.translationId,
    articleId: confirmed.articleId,
    data: { lang: parseTargetLang(confirmed.lang), from: input.translationId, filled: written.length },
  });
  await shiftEffortDays(tx, efforts);
  return { count: written.length, changes: await rowPatches(tx, written, input.actor.name) };
}
