import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/vocabulary";
import { recordEvent } from "@/lib/audit/server/record-event";
import { cleanTerm } from "@/lib/translation/glossary";
import { bumpChecksVersion } from "@/lib/quality/server/check-options";
import { recheckTermSegments } from "@/lib/quality/server/recheck-term-segments";

export type GlossaryTermInput = {
  id?: string;
  vi: string;
  de: string;
  en: string;
  note: string;
  caseSensitive: boolean;
};

/**
 * Adds a term (no id) or changes one. The DeepL glossary is not touched here: the next MT run sees that
 * the terms changed (sync-glossary.ts) and syncs first, so editing terms works without DeepL.
 * Once committed, the translations whose source holds the term (old or new spelling) are re-checked in
 * batches (recheck-term-segments.ts): one transaction over the whole archive would hold the write lock.
 */
export async function saveGlossaryTerm(
  input: GlossaryTermInput,
  actor: Actor,
): Promise<{ id: string; rechecked: number }> {
  const data = {
    vi: cleanTerm(input.vi),
    de: cleanTerm(input.de),
    en: cleanTerm(input.en),
    note: input.note.trim(),
    caseSensitive: input.caseSensitive,
  };
  if (!data.vi) throw new AppError("GLOSSARY_TERM_REQUIRED");
  if (!data.de && !data.en) throw new AppError("GLOSSARY_TRANSLATION_REQUIRED");
  const saved = await db.$transaction(async (tx) => {
    const clash = await tx.glossaryTerm.findUnique({ where: { vi: data.vi } });
    if (clash && clash.id !== input.id) throw new AppError("GLOSSARY_TERM_EXISTS", { term: data.vi });
    const before = input.id ? await tx.glossaryTerm.findUnique({ where: { id: input.id } }) : null;
    if (input.id && !before) throw new AppError("GLOSSARY_TERM_NOT_FOUND");
    const row = input.id
      ? await tx.glossaryTerm.update({ where: { id: input.id }, data })
      : await tx.glossaryTerm.create({ data });
    await bumpChecksVersion(tx); // the next save's checks see the term (cached check options)
    await recordEvent(tx, {
      actorId: actor.id,
      action: input.id ? "glossary.update" : "glossary.create",
      entityType: "glossaryTerm",
      entityId: row.id,
      data: { vi: data.vi, de: data.de, en: data.en },
    });
    return { id: row.id, terms: [data.vi, ...(before && before.vi !== data.vi ? [before.vi] : [])] };
  });
  const { rows } = await recheckTermSegments(saved.terms);
  return { id: saved.id, rechecked: rows };
}
