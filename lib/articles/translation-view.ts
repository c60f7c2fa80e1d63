// One mapping of a stored translation row to what the editor shows, for the page load and for every
// patch the server sends back (saves, memory fills, repeats, MT progress): the fields cannot drift apart.
import type { EditorTranslation } from "./editor-types";
import { fuzzyScoreOf } from "@/lib/translation/memory-fill";
import { parseOrigin, parseTargetLang, parseTranslationState } from "@/lib/vocabulary";

/** The stored columns the mapping reads (a Prisma Translation row has them all). */
export type StoredTranslation = {
  id: string;
  lang: string;
  text: string;
  state: string;
  origin: string;
  machineText: string | null;
  machineSettings: string | null;
  approvedText: string | null;
  rejectReason: string | null;
  version: number;
  errorCount: number;
  warningCount: number;
  issues: string;
  updatedAt: Date;
  sourceChanged: boolean;
};

/** Everything but the comment count, which comes from another table and a patch must not reset. */
export type TranslationPatch = Omit<EditorTranslation, "commentCount">;

export function translationPatch(t: StoredTranslation, updatedBy: string | null): TranslationPatch {
  return {
    id: t.id,
    lang: parseTargetLang(t.lang),
    text: t.text,
    state: parseTranslationState(t.state),
    origin: parseOrigin(t.origin),
    machineText: t.machineText,
    fuzzyScore: fuzzyScoreOf(t.origin, t.machineSettings),
    approvedText: t.approvedText,
    rejectReason: t.rejectReason,
    version: t.version,
    errorCount: t.errorCount,
    warningCount: t.warningCount,
    issues: t.issues,
    updatedBy,
    updatedAt: t.updatedAt.toISOString(),
    sourceChanged: t.sourceChanged,
  };
}
