import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/vocabulary";
import { parseXliff } from "@/lib/export/xliff-import";
import { normalizeForCompare } from "@/lib/export/text";
import { applyXliffTarget } from "@/lib/export/server/import-xliff";
import { addXliffNotes } from "@/lib/export/server/import-xliff-notes";
import { articleUnits, xliffTargetLang } from "@/lib/articles/parse-xliff";
import type { ParsedXliff } from "@/lib/export/types";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * What an XLIFF brings to a new article beyond its texts, applied right after the article is written:
 * a target signed off in the file (2.x final; 1.2 approved="yes", final, signed-off) is approved when the
 * importer may approve and four-eyes and the quality gate allow, else translated — as the XLIFF import of
 * an existing article does; the units' notes become comments; the units' inline codes are kept with their
 * segments for the XLIFF export. Unit i is the segment at position i.
 */
export async function applyXliffArticleExtras(
  articleId: string,
  content: string,
  actor: Actor,
): Promise<{ signedOff: number; notes: number }> {
  const parsed = parseXliff(content, { sourceOnly: true });
  const lang = xliffTargetLang(parsed);
  const units = articleUnits(parsed);
  const signed = units.some((u) => u.final);
  const coded = units.some((u) => u.codes);
  if (!units.some((u) => u.notes?.length) && !(lang && signed) && !coded) return { signedOff: 0, notes: 0 };
  return db.$transaction(
    async (tx) => {
      const segments = await tx.segment.findMany({
        where: { articleId },
        orderBy: { position: "asc" },
        select: {
          id: true,
          translations: { where: { lang: lang ?? "" }, select: { id: true, text: true, version: true } },
        },
      });
      if (coded) await storeInlineCodes(tx, units, segments);
      let signedOff = 0;
      for (const [i, unit] of units.entries()) {
        const t = segments[i]?.translations[0];
        // Only a target that was imported (not one left out as a copy of the source) is signed off.
        if (!unit.final || !t || !t.text || normalizeForCompare(t.text) !== normalizeForCompare(unit.target ?? ""))
          continue;
        await applyXliffTarget(tx, { translationId: t.id, version: t.version, text: t.text, final: true }, actor);
        signedOff += 1;
      }
      const mapped = units.flatMap((u, i) => (segments[i] ? [{ ...u, id: segments[i].id }] : []));
      const notes = await addXliffNotes(tx, { articleId, lang, units: mapped }, actor);
      return { signedOff, notes };
    },
    { timeout: 30_000 },
  );
}

/** One update per segment with codes (at most one per unit; the import caps the units). */
async function storeInlineCodes(tx: Tx, units: ParsedXliff["units"], segments: { id: string }[]): Promise<void> {
  for (const [i, unit] of units.entries()) {
    const segment = segments[i];
    if (!unit.codes || !segment) continue;
    await tx.segment.update({ where: { id: segment.id }, data: { inlineCodes: JSON.stringify(unit.codes) } });
  }
}
