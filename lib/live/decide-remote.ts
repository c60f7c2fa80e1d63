// What an open editor does with a row someone committed (pure, so the rule is tested on its own).
import type { EditorTranslation } from "@/lib/articles/editor-types";

/**
 * - "apply": patch the row (it is newer and nobody is typing in it, or only its issues changed);
 * - "skip": nothing to do (the editor holds that version already, or its own save is on its way);
 * - "hold": someone else changed a cell with unsaved text of mine: never change it under the cursor,
 *   show "changed by X" with the diff and let me choose (the conflict panel).
 */
export type RemoteDecision = "apply" | "skip" | "hold";

export function decideRemote(
  current: Pick<EditorTranslation, "version"> | undefined,
  patch: Partial<EditorTranslation>,
  draft: string | undefined,
  byMe: boolean,
): RemoteDecision {
  if (!current) return "skip";
  if (patch.version === undefined) return "apply"; // the re-checked issues of a sibling: no text moves
  if (patch.version <= current.version) return "skip";
  if (draft === undefined || draft === patch.text) return "apply";
  return byMe ? "skip" : "hold";
}
