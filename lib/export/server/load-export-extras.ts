import "server-only";
import { db } from "@/lib/db";
import type { ExportDocument, ExportFormat, RenderOptions } from "@/lib/export";
import { loadMtSettings } from "@/lib/translation/server/load-mt-settings";
import { loadInlineCodes } from "./load-inline-codes";

// Comments per segment written as XLIFF notes; a segment's discussion beyond this stays in the workbench.
const MAX_NOTES = 50;

/** The configured English variant, for the language tags of every CAT export. */
export async function loadRenderOptions(): Promise<RenderOptions> {
  const settings = await loadMtSettings(db);
  return { englishTag: settings.englishVariant === "EN-US" ? "en-US" : "en-GB" };
}

/**
 * What a CAT format carries beyond the snapshot, read now: XLIFF gets each segment's comments on this
 * language (and those on no language) as notes; TMX gets the author and dates of the translation when its
 * current text is still the exported one. Other formats get nothing. The snapshot itself is not changed.
 */
export async function withExportExtras(doc: ExportDocument, format: ExportFormat): Promise<ExportDocument> {
  const ids = doc.segments.filter((s) => s.translatable).map((s) => s.id);
  if (format === "xliff12" || format === "xliff21") {
    const comments = await db.comment.findMany({
      where: { segment: { articleId: doc.articleId }, OR: [{ lang: doc.lang }, { lang: null }] },
      orderBy: { createdAt: "asc" },
      include: { author: { select: { name: true } } },
    });
    const bySegment = new Map<string, { author: string; text: string }[]>();
    for (const c of comments) {
      const list = bySegment.get(c.segmentId) ?? [];
      if (list.length < MAX_NOTES) list.push({ author: c.author.name, text: c.body });
      bySegment.set(c.segmentId, list);
    }
    const codes = await loadInlineCodes(ids);
    return {
      ...doc,
      segments: doc.segments.map((s) => {
        const withNotes = { ...s, notes: bySegment.get(s.id) ?? [] };
        const c = codes.get(s.id);
        return c ? { ...withNotes, codes: c } : withNotes;
      }),
    };
  }
  if (format !== "tmx") return doc;
  const rows = await db.translation.findMany({
    where: { segmentId: { in: ids }, lang: doc.lang },
    select: {
      segmentId: true,
      text: true,
      textAuthorId: true,
      updatedAt: true,
      // The translation's first revision: when it was made.
      revisions: { orderBy: { version: "asc" }, take: 1, select: { createdAt: true } },
    },
  });
  const userIds = [...new Set(rows.map((r) => r.textAuthorId ?? ""))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const bySegment = new Map(rows.map((r) => [r.segmentId, r]));
  const segments = doc.segments.map((s) => {
    const row = bySegment.get(s.id);
    // A published snapshot whose text was edited since: today's author did not write the exported text.
    if (!row || row.text !== s.target) return s;
    const author = names.get(row.textAuthorId ?? "");
    const created = row.revisions[0]?.createdAt ?? row.updatedAt;
    const dates = { createdAt: created.toISOString(), changedAt: row.updatedAt.toISOString() };
    return author ? { ...s, ...dates, author } : { ...s, ...dates };
  });
  return { ...doc, segments };
}
