import "server-only";
import { db } from "@/lib/db";
import type { TargetLang } from "@/lib/vocabulary";
import { estimateCharacters, failedChargeState } from "@/lib/translation/charges";
import type { TranslationProvider, TranslationRequest, TranslationResult } from "@/lib/translation";

export type ChargeContext = { jobId: string; articleId: string; lang: TargetLang };

/**
 * One provider request with its line in the MT cost ledger (MtCharge). The line is written on its own
 * BEFORE the request goes out, as an estimate (the source's code points: what DeepL bills); DeepL's answer
 * replaces it with the billed count, together with the job's and the article's counters. A refusal sets it
 * to 0. A timeout, a crash or a failed write of the batch afterwards leave the estimate standing, so
 * characters DeepL billed are never lost from the cost view.
 */
export async function chargedTranslate(
  provider: TranslationProvider,
  req: TranslationRequest,
  at: ChargeContext,
): Promise<TranslationResult> {
  const estimated = estimateCharacters(req.texts);
  const charge = await db.mtCharge.create({
    data: { articleId: at.articleId, lang: at.lang, jobId: at.jobId, estimated, characters: estimated },
    select: { id: true },
  });
  let result: TranslationResult;
  try {
    result = await provider.translate(req);
  } catch (error) {
    if (failedChargeState(error) === "refused") {
      await db.mtCharge.update({
        where: { id: charge.id },
        data: { state: "refused", characters: 0, settledAt: new Date() },
      });
    }
    throw error;
  }
  const billed = result.reduce((n, r) => n + r.billedCharacters, 0);
  await db.$transaction([
    db.mtCharge.update({
      where: { id: charge.id },
      data: { state: "billed", characters: billed, settledAt: new Date() },
    }),
    // updateMany: the job's counters are progress information; the ledger line must not depend on them.
    db.mtJob.updateMany({
      where: { id: at.jobId },
      data: { requests: { increment: 1 }, billedCharacters: { increment: billed } },
    }),
    db.articleLanguage.upsert({
      where: { articleId_lang: { articleId: at.articleId, lang: at.lang } },
      create: { articleId: at.articleId, lang: at.lang, billedCharacters: billed },
      update: { billedCharacters: { increment: billed } },
    }),
  ]);
  return result;
}
