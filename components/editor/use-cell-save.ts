"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ActionFailure } from "@/lib/action";
import type { ConflictDetails, StepResult } from "@/lib/review/types";
import { saveTranslation } from "@/lib/review/server/session-actions";

export type SaveStatus = "idle" | "saving" | "saved" | "error";

/**
 * Saves of one cell run one after another (a blur save and a Ctrl+Enter confirm must not race each
 * other into a false conflict), always against the version this cell last saw.
 */
export function useCellSave(
  translation: EditorTranslation,
  onSaved: (patch: Partial<EditorTranslation>, result?: StepResult) => void,
) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const last = useRef({ text: translation.text, version: translation.version });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const editStart = useRef<number | null>(null);

  useEffect(() => {
    // Newer data from elsewhere (approve, reject, conflict resolution) wins over what we remembered.
    if (translation.version > last.current.version)
      last.current = { text: translation.text, version: translation.version };
  }, [translation.text, translation.version]);

  const save = useCallback(
    (text: string, confirm: boolean, expectedVersion?: number): Promise<boolean> => {
      const run = async () => {
        if (!confirm && expectedVersion === undefined && text === last.current.text) return true;
        setStatus("saving");
        const editSeconds = editStart.current ? Math.round((Date.now() - editStart.current) / 1000) : undefined;
        const result = await saveTranslation({
          translationId: translation.id,
          text,
          confirm,
          expectedVersion: expectedVersion ?? last.current.version,
          editSeconds,
        });
        if (result.ok) {
          editStart.current = null;
          last.current = { text: result.data.text, version: result.data.version };
          setFailure(null);
          setConflict(null);
          setStatus("saved");
          onSaved(
            {
              text: result.data.text,
              state: result.data.state,
              version: result.data.version,
              updatedAt: result.data.updatedAt,
              origin: "human",
            },
            result.data,
          );
          return true;
        }
        setStatus("error");
        if (result.code === "TRANSLATION_CONFLICT") setConflict(result.details as ConflictDetails);
        else setFailure(result);
        return false;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [translation.id, onSaved],
  );

  const markEditing = useCallback(() => {
    editStart.current ??= Date.now();
  }, []);
  const acceptVersion = useCallback((text: string, version: number) => {
    last.current = { text, version };
    setConflict(null);
    setFailure(null);
    setStatus("idle");
  }, []);

  const showConflict = useCallback((details: ConflictDetails) => {
    setStatus("error");
    setConflict(details);
  }, []);

  return { status, failure, conflict, save, markEditing, acceptVersion, setFailure, showConflict, lastSaved: last };
}
