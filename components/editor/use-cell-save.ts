"use client";
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ActionFailure } from "@/lib/action";
import type { ConflictDetails, StepResult } from "@/lib/review/types";
import { saveTranslation } from "@/lib/review/server/session-actions";
import { useActionCaller } from "@/components/ui/use-action-caller";
import { useSessionGuard } from "@/components/auth/session-guard";

export type SaveStatus = "idle" | "saving" | "saved" | "error";

/**
 * Saves of one cell run one after another (a blur save and a Ctrl+Enter confirm must not race each
 * other into a false conflict), always against the version this cell last saw. Every save goes through
 * useActionCaller, so a save never hangs on "Saving…": it either lands or fails with a code the cell
 * shows, and the text stays in the cell. A save refused because the session ended is done again, with
 * the text the cell holds by then (`draft`), as soon as the user signed in again (the session guard).
 */
export function useCellSave(
  translation: EditorTranslation,
  onSaved: (patch: Partial<EditorTranslation>, result?: StepResult) => void,
  draft: RefObject<string>,
) {
  const call = useActionCaller();
  const guard = useSessionGuard();
  const [status, setStatus] = useState<SaveStatus>("idle");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  // While a conflict is shown, only the user's choice saves: a blur (clicking a choice) would refuse again.
  const pending = useRef<ConflictDetails | null>(null);
  useEffect(() => {
    pending.current = conflict;
  }, [conflict]);
  const last = useRef({ text: translation.text, version: translation.version });
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const editStart = useRef<number | null>(null);
  // The retry after signing in again calls the save of the latest render (through the same queue).
  const self = useRef<((text: string, confirm: boolean) => Promise<boolean>) | null>(null);
  const retryConfirm = useRef(false);

  useEffect(() => {
    // Newer data from elsewhere (approve, reject, conflict resolution) wins over what we remembered.
    if (translation.version > last.current.version)
      last.current = { text: translation.text, version: translation.version };
  }, [translation.text, translation.version]);

  const save = useCallback(
    (text: string, confirm: boolean, expectedVersion?: number): Promise<boolean> => {
      const run = async (): Promise<boolean> => {
        if (!confirm && expectedVersion === undefined && text === last.current.text) return true;
        if (expectedVersion === undefined && pending.current) return false;
        setStatus("saving");
        const editSeconds = editStart.current ? Math.round((Date.now() - editStart.current) / 1000) : undefined;
        const result = await call(saveTranslation, {
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
          const { state, version, updatedAt } = result.data;
          onSaved({ text: result.data.text, state, version, updatedAt, origin: "human" }, result.data);
          return true;
        }
        setStatus("error");
        if (result.code === "TRANSLATION_CONFLICT") setConflict(result.details as ConflictDetails);
        else setFailure(result);
        // The latest text, whatever was typed meanwhile; a confirm stays a confirm.
        if (result.code === "UNAUTHENTICATED") {
          retryConfirm.current ||= confirm; // a later blur save must not turn a pending confirm into a draft
          guard.afterSignIn(`save:${translation.id}`, () => {
            const asConfirm = retryConfirm.current;
            retryConfirm.current = false;
            void self.current?.(draft.current, asConfirm);
          });
        }
        return false;
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [translation.id, onSaved, call, guard, draft],
  );

  useEffect(() => {
    self.current = save;
  }, [save]);

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
