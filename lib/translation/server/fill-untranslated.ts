import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseTargetLang } from "@/lib/vocabulary";
import { effortFields } from "@/lib/review/effort-fields";
import type { EffortChange } from "@/lib/review/effort-rollup";

/** The columns a fill reads: the compare-and-set version and the stored effort it replaces. */
export const fillRowSelect = {
  id: true,
  lang: true,
  state: true,
  version: true,
  effortAt: true,
  effortWords: true,
  effortBaseWords: true,
  effortEdits: true,
  editSeconds: true,
} as const;

type FillRow = Prisma.TranslationGetPayload<{ select: typeof fillRowSelect }>;

export type Fill = {
  text: string;
  state: "machine" | "draft";
  origin: string;
  engine: string;
  settings: Record<string, unknown>;
  billedCharacters?: number;
  actorId: string | null;
  /** The revision's action (machine, tm). */
  action: string;
};

/**
 * A machine or memory text into a row that is still untranslated (version compare-and-set: a person who
 * typed meanwhile wins), its baseline the same text (effort counts the edits from it), with a revision
 * nobody wrote (four-eyes). Returns the effort change to roll up, or null when the row was not written.
 */
export async function fillUntranslated(
  tx: Prisma.TransactionClient,
  row: FillRow,
  f: Fill,
): Promise<EffortChange | null> {
  if (row.state !== "untranslated") return null;
  const version = row.version + 1;
  const effort = effortFields(f.text, f.text, new Date());
  const updated = await tx.translation.updateMany({
    where: { id: row.id, version: row.version, state: "untranslated" },
    data: {
      text: f.text,
      machineText: f.text,
      state: f.state,
      origin: f.origin,
      version,
      machineEngine: f.engine,
      machineSettings: JSON.stringify(f.settings),
      billedCharacters: f.billedCharacters,
      updatedById: f.actorId,
      ...effort,
    },
  });
  if (updated.count !== 1) return null;
  await tx.revision.create({
    data: {
      translationId: row.id,
      version,
      text: f.text,
      state: f.state,
      origin: f.origin,
      action: f.action,
      authorId: f.actorId,
      wroteText: false,
    },
  });
  return { lang: parseTargetLang(row.lang), before: row, after: { ...row, ...effort } };
}
