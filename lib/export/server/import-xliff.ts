import "server-only";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, isTargetLang } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { planXliffImport } from "@/lib/export";
import { applyStepTx } from "@/lib/review/server/apply-step";
import { assertUploadSize } from "@/lib/uploads/server/read-upload";
import { runTask } from "@/lib/worker/run-task";
import { addXliffNotes } from "./import-xliff-notes";

/**
 * A file back from a CAT tool: every changed target becomes a new revision of its segment, all in one
 * transaction. Unknown ids, changed sources or a wrong language refuse the whole file (planXliffImport).
 */
export async function importXliff(
  input: { articleId: string; content: string | Uint8Array },
  actor: Actor,
): Promise<{ lang: string; changed: number; stale: number; sameAsSource: number; notes: number; foreign: string[] }> {
  assertUploadSize(input.content, "xliff");
  // Parsing a big file takes the CPU for a while: in a worker thread, before the transaction.
  const size = typeof input.content === "string" ? input.content.length : input.content.byteLength;
  const parsed = await runTask("xliff", [input.content], size);
  const lang = parsed.trgLang.toLowerCase().split("-")[0] ?? "";
  if (!isTargetLang(lang))
    throw new AppError("XLIFF_LANGUAGE_MISMATCH", { expected: "de, en", actual: parsed.trgLang });
  return db.$transaction(
    async (tx) => {
      const segments = await tx.segment.findMany({
        where: { articleId: input.articleId },
        orderBy: { position: "asc" },
        include: { translations: { where: { lang }, include: { revisions: { select: { text: true } } } } },
      });
      if (!segments.length) throw new AppError("ARTICLE_NOT_FOUND");
      const plan = planXliffImport(parsed, {
        lang,
        segments: segments.map((s) => ({
          id: s.id,
          source: s.sourceText,
          target: s.translations[0]?.text ?? "",
          translatable: s.translatable,
        })),
      });
      const bySegment = new Map(segments.map((s) => [s.id, s.translations[0]]));
      let stale = 0;
      for (const change of plan.changes) {
        const t = bySegment.get(change.segmentId);
        if (!t) throw new AppError("XLIFF_UNKNOWN_ID", { id: change.segmentId });
        // The file still holds a text this segment had before (the CAT tool left it alone while someone
        // edited it here): importing it would silently undo that edit, so it is skipped and reported.
        if (t.revisions.some((r) => sameText(r.text, change.text))) {
          stale += 1;
          continue;
        }
        await applyXliffTarget(
          tx,
          { translationId: t.id, version: t.version, text: change.text, final: change.final },
          actor,
        );
      }
      const notes = await addXliffNotes(tx, { articleId: input.articleId, lang, units: parsed.units }, actor);
      await recordEvent(tx, {
        actorId: actor.id,
        action: "article.xliff-import",
        entityType: "article",
        entityId: input.articleId,
        articleId: input.articleId,
        data: {
          lang,
          version: parsed.version,
          changed: plan.changes.length - stale,
          stale,
          sameAsSource: plan.sameAsSource.length,
          notes,
          foreign: parsed.foreign.slice(0, 100), // the audit keeps the first hundred names
        },
      });
      const { foreign } = parsed;
      const sameAsSource = plan.sameAsSource.length;
      return { lang, changed: plan.changes.length - stale, stale, sameAsSource, notes, foreign };
    },
    { timeout: 30_000 },
  );
}

const DECLINED = new Set(["REVIEW_FOUR_EYES", "REVIEW_BLOCKING_ISSUES"]);

/**
 * A target signed off in the CAT tool becomes approved when the importer may approve and the four-eyes
 * rule and the quality gate allow it (both checked by applyStepTx before it writes anything), otherwise
 * translated; any other target is a draft.
 */
export async function applyXliffTarget(
  tx: Prisma.TransactionClient,
  o: { translationId: string; version: number; text: string; final?: boolean },
  actor: Actor,
): Promise<void> {
  const base = { translationId: o.translationId, expectedVersion: o.version, actor, action: "xliff" as const };
  const text = o.text.normalize("NFC");
  if (!o.final) {
    await applyStepTx(tx, { ...base, step: { kind: "save", text } });
    return;
  }
  if (can(actor.role, "translation.approve")) {
    try {
      await applyStepTx(tx, { ...base, step: { kind: "approve", text } });
      return;
    } catch (error) {
      if (!(isAppError(error) && DECLINED.has(error.code))) throw error;
    }
  }
  await applyStepTx(tx, { ...base, step: { kind: "confirm", text } });
}

function sameText(a: string, b: string): boolean {
  const norm = (x: string) => x.normalize("NFC").replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}
