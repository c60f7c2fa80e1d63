import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { insertRows, type RawWriter } from "@/lib/db-insert";
import { type Actor, TARGET_LANGS } from "@/lib/vocabulary";
import { IMPORTED_STATE, type PreparedSegment } from "@/lib/articles/prepare-import";
import { importedEffort } from "@/lib/review/effort-fields";
import type { EffortChange } from "@/lib/review/effort-rollup";

const SEGMENT_COLUMNS = ["id", "articleId", "position", "paragraph", "kind", "translatable", "sourceText"] as const;
const TRANSLATION_COLUMNS = [
  "id",
  "segmentId",
  "articleId",
  "lang",
  "text",
  "state",
  "origin",
  "machineText",
  "issues",
  "errorCount",
  "warningCount",
  "updatedById",
  "textAuthorId",
  "updatedAt",
  "effortEdits",
  "effortHter",
  "effortWords",
  "effortBaseWords",
  "effortAt",
  "effortDay",
] as const;
const REVISION_COLUMNS = [
  "id",
  "translationId",
  "version",
  "text",
  "state",
  "origin",
  "action",
  "authorId",
  "createdAt",
] as const;

type SliceOptions = {
  actor: Actor;
  now: Date;
  rest: () => Promise<void>;
  effort: EffortChange[];
  /** A transaction to write in, with as many rows per statement as fit (default: paced short statements). */
  tx?: RawWriter;
};

/** One slice of segments with their translations and the revisions of imported text; returns how many were imported. */
export async function writeSlice(
  articleId: string,
  slice: PreparedSegment[],
  { actor, now, rest, effort, tx }: SliceOptions,
): Promise<number> {
  const insert = (table: string, columns: readonly string[], rows: unknown[][]) =>
    insertRows(tx ?? db, table, columns, rows, rest, tx ? "bulk" : undefined);
  const segments = slice.map((s) => ({ ...s, id: randomUUID() }));
  await insert(
    "Segment",
    SEGMENT_COLUMNS,
    segments.map((s) => [s.id, articleId, s.position, s.paragraph, s.kind, s.translatable, s.text]),
  );
  const translations = segments.flatMap((s) =>
    TARGET_LANGS.flatMap((lang) => {
      const t = s.targets[lang];
      return t ? [{ ...t, id: randomUUID(), segmentId: s.id, lang }] : [];
    }),
  );
  // The importer vouches for imported text: the four-eyes rule keeps them from approving it.
  const rows = translations.map((t) => {
    // Untranslated rows have no effort to store (effortAt stays null, as for any empty text).
    const e = t.text ? importedEffort(t.text, now) : null;
    if (e) effort.push({ lang: t.lang, before: null, after: { ...e, editSeconds: 0 } });
    return [
      t.id,
      t.segmentId,
      articleId,
      t.lang,
      t.text,
      t.text ? IMPORTED_STATE : "untranslated",
      t.text ? "import" : "none",
      t.text || null,
      t.issues,
      t.errorCount,
      t.warningCount,
      t.text ? actor.id : null,
      t.text ? actor.id : null,
      now,
      e?.effortEdits ?? null,
      e?.effortHter ?? null,
      e?.effortWords ?? 0,
      e?.effortBaseWords ?? null,
      e?.effortAt ?? null,
      e?.effortDay ?? null,
    ];
  });
  await insert("Translation", TRANSLATION_COLUMNS, rows);
  const imported = translations.filter((t) => t.text);
  await insert(
    "Revision",
    REVISION_COLUMNS,
    imported.map((t) => [randomUUID(), t.id, 1, t.text, IMPORTED_STATE, "import", "import", actor.id, now]),
  );
  return imported.length;
}
