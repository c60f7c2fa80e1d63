// Shared by the effort tests: an article bundle with existing German text, and the pure recount of a
// translation's effort that the stored columns must equal.
import { db } from "@/lib/db";
import { hterDetail } from "@/lib/review/effort";
import { terWords } from "@/lib/review/ter-tokenize";

export const bundle = (title: string) =>
  JSON.stringify({
    title: { vi: title, de: "Neue U-Bahn in Hanoi" },
    paragraphs: [
      {
        sentences: [
          { vi: "Tuyến dài 39,6 km.", de: "Die Strecke ist 39,6 km lang." },
          { vi: "Dự kiến xong năm 2030.", de: "Fertig 2030." },
        ],
      },
    ],
  });

/** The pure computation, from the texts and the revisions: what the stored columns must say. */
export async function recount(translationId: string) {
  const t = await db.translation.findUniqueOrThrow({ where: { id: translationId } });
  const revisions = await db.revision.aggregate({ where: { translationId }, _sum: { editSeconds: true } });
  const seconds = revisions._sum.editSeconds ?? 0;
  const words = t.text.trim() ? terWords(t.text, "moses-like", false).length : 0;
  const d = t.machineText !== null && t.text.trim() ? hterDetail(t.machineText, t.text) : null;
  return {
    stored: { edits: t.effortEdits, hter: t.effortHter, words: t.effortWords, seconds: t.editSeconds },
    pure: { edits: d?.edits ?? null, hter: d?.hter ?? null, words, seconds },
  };
}
