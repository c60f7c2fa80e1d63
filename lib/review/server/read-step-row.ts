import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { CHECKS_VERSION_KEY } from "@/lib/quality/server/check-options";

/** A translation of the segment, with what a step needs of it (state machine, effort, conflict). */
export type SegmentTranslation = {
  id: string;
  segmentId: string;
  articleId: string;
  lang: string;
  text: string;
  state: string;
  origin: string;
  version: number;
  updatedAt: Date;
  updatedById: string | null;
  textAuthorId: string | null;
  machineText: string | null;
  editSeconds: number;
  effortEdits: number | null;
  effortHter: number | null;
  effortWords: number;
  effortBaseWords: number | null;
  effortAt: Date | null;
  effortDay: string | null;
};
export type StepRows = {
  current: SegmentTranslation;
  /** Every translation of the segment, `current` among them. */
  translations: SegmentTranslation[];
  segment: { sourceText: string; kind: string };
  /** The check options' version stamp (lib/quality/server/check-options.ts). */
  checksVersion: string | null;
};

type Raw = SegmentTranslation & { sourceText: string; kind: string; checksVersion: string | null };

/**
 * Everything a step reads, in ONE statement: the translation, its segment's source and other
 * languages (the checks compare the pair), and the check options' stamp. Each part is an indexed
 * look-up (primary keys and Translation.segmentId). Dates come back as Date on both databases.
 */
export async function readStepRows(client: Prisma.TransactionClient, translationId: string): Promise<StepRows> {
  const rows = await client.$queryRaw<Raw[]>`
    SELECT t."id", t."segmentId", t."articleId", t."lang", t."text", t."state", t."origin", t."version",
      t."updatedAt", t."updatedById", t."textAuthorId", t."machineText", t."editSeconds", t."effortEdits",
      t."effortHter", t."effortWords", t."effortBaseWords", t."effortAt", t."effortDay",
      s."sourceText", s."kind",
      (SELECT "value" FROM "Setting" WHERE "key" = ${CHECKS_VERSION_KEY}) AS "checksVersion"
    FROM "Translation" t JOIN "Segment" s ON s."id" = t."segmentId"
    WHERE t."segmentId" = (SELECT "segmentId" FROM "Translation" WHERE "id" = ${translationId})
    ORDER BY t."id"`;
  const first = rows[0];
  // The segment's and the stamp's columns repeat on every row; the translations keep the rest.
  const translations: SegmentTranslation[] = rows.map((r) => {
    const t: Partial<Raw> = { ...r };
    delete t.sourceText;
    delete t.kind;
    delete t.checksVersion;
    return t as SegmentTranslation;
  });
  const current = translations.find((t) => t.id === translationId);
  if (!first || !current) throw new AppError("TRANSLATION_NOT_FOUND");
  return {
    current,
    translations,
    segment: { sourceText: first.sourceText, kind: first.kind },
    checksVersion: first.checksVersion,
  };
}
