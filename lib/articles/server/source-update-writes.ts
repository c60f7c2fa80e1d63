import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { TARGET_LANGS, type Actor } from "@/lib/vocabulary";
import type { KeptSegment, RemovedSegment, SourceSnapshotSegment } from "@/lib/articles/source-versions";

// The writes of one source update (update-article-source.ts), each inside its transaction. An article
// has at most MAX_SEGMENTS segments, which bounds every loop here.

type Tx = Prisma.TransactionClient;
type CurrentRow = {
  id: string;
  translations: { id: string; text: string; state: string; origin: string; version: number }[];
};

/** The removed segments with their translations, revisions and comments, for the version's history. */
export async function archiveRemoved(tx: Tx, ids: readonly string[]): Promise<RemovedSegment[]> {
  if (ids.length === 0) return [];
  const rows = await tx.segment.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { position: "asc" },
    include: {
      translations: { include: { revisions: { orderBy: { version: "asc" } } }, orderBy: { lang: "asc" } },
      comments: { orderBy: { createdAt: "asc" } },
    },
  });
  return rows.map((s) => ({
    position: s.position,
    kind: s.kind,
    text: s.sourceText,
    translations: s.translations.map((t) => ({
      lang: t.lang,
      text: t.text,
      state: t.state,
      revisions: t.revisions.map((r) => ({
        version: r.version,
        text: r.text,
        state: r.state,
        action: r.action,
        authorId: r.authorId,
        at: r.createdAt.toISOString(),
      })),
    })),
    comments: s.comments.map((c) => ({
      lang: c.lang,
      body: c.body,
      authorId: c.authorId,
      at: c.createdAt.toISOString(),
    })),
  }));
}

/**
 * Gives each kept segment its new place and text. A segment that becomes translatable gets its
 * untranslated rows; one that stops being translatable keeps its rows and stays translatable, so no
 * translation is lost to a changed kind.
 */
export async function moveKept(tx: Tx, articleId: string, kept: readonly KeptSegment[], rows: readonly CurrentRow[]) {
  const translationsOf = new Map(rows.map((r) => [r.id, r.translations]));
  for (const s of kept) {
    const existing = translationsOf.get(s.id) ?? [];
    await tx.segment.update({
      where: { id: s.id },
      data: {
        position: s.position,
        paragraph: s.paragraph,
        kind: s.kind,
        translatable: s.translatable || existing.length > 0,
        sourceText: s.text,
        previousSource: s.previousSource,
      },
    });
    if (s.translatable && existing.length === 0) {
      await tx.translation.createMany({ data: TARGET_LANGS.map((lang) => ({ segmentId: s.id, articleId, lang })) });
    }
  }
}

/**
 * A changed segment's translations with text become drafts marked "source changed", each with a
 * revision (action "source", not a text of its author's: four-eyes is unaffected). The text stays.
 */
export async function markChanged(tx: Tx, kept: readonly KeptSegment[], rows: readonly CurrentRow[], actor: Actor) {
  const translationsOf = new Map(rows.map((r) => [r.id, r.translations]));
  const now = new Date();
  for (const s of kept) {
    if (s.change !== "changed") continue;
    for (const t of translationsOf.get(s.id) ?? []) {
      if (!t.text) continue;
      const version = t.version + 1;
      // Compare-and-set on the version: a save that committed meanwhile makes the update fail whole.
      const updated = await tx.translation.updateMany({
        where: { id: t.id, version: t.version },
        data: { state: "draft", sourceChanged: true, version, updatedById: actor.id },
      });
      if (updated.count !== 1) throw new AppError("SOURCE_UPDATE_CONFLICT");
      await tx.revision.create({
        data: {
          translationId: t.id,
          version,
          text: t.text,
          state: "draft",
          origin: t.origin,
          action: "source",
          authorId: actor.id,
          wroteText: false,
          createdAt: now,
        },
      });
    }
  }
}

/** New segments and, for the translatable ones, their untranslated rows. */
export async function createAdded(tx: Tx, articleId: string, added: readonly SourceSnapshotSegment[]) {
  const segments = added.map((s) => ({ ...s, id: randomUUID() }));
  await tx.segment.createMany({
    data: segments.map((s) => ({
      id: s.id,
      articleId,
      position: s.position,
      paragraph: s.paragraph,
      kind: s.kind,
      translatable: s.translatable,
      sourceText: s.text,
    })),
  });
  const translations = segments
    .filter((s) => s.translatable)
    .flatMap((s) => TARGET_LANGS.map((lang) => ({ segmentId: s.id, articleId, lang })));
  if (translations.length) await tx.translation.createMany({ data: translations });
}
