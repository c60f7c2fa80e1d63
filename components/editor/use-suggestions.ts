"use client";
import { useEffect, useState } from "react";
import type { Suggestions } from "@/lib/translation/suggestions";
import { loadSuggestions } from "@/lib/translation/server/session-actions";
import { useActionCaller } from "@/components/ui/use-action-caller";
import { useSessionGuard } from "@/components/auth/session-guard";
import type { TargetLang } from "@/lib/vocabulary";

// Moving through cells with Alt+↓ passes many in a second: only the cell the cursor rests on is asked for.
const DEBOUNCE_MS = 150;

type Loaded = { key: string; data: Suggestions | null; failure: string | null };

/** The suggestions of the focused cell, asked for when the focus rests there; `loading` until they match it. */
export function useSuggestions(active: { segmentId: string; lang: TargetLang } | null) {
  // Quiet: asked for on focus, not by the user; an ended session is told by their next save (the dialog).
  const call = useActionCaller({ quiet: true });
  const guard = useSessionGuard();
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = active ? `${active.segmentId}:${active.lang}` : null;

  useEffect(() => {
    if (!active) return;
    const cellKey = `${active.segmentId}:${active.lang}`;
    let live = true;
    const timer = setTimeout(() => {
      void call(loadSuggestions, { segmentId: active.segmentId, lang: active.lang }).then((r) => {
        if (!live) return;
        setLoaded(r.ok ? { key: cellKey, data: r.data, failure: null } : { key: cellKey, data: null, failure: r.code });
        if (!r.ok && r.code === "UNAUTHENTICATED") guard.afterSignIn("suggestions", () => setAttempt((n) => n + 1));
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [active, call, guard, attempt]);

  return { key, loaded, loading: key !== null && loaded?.key !== key };
}
