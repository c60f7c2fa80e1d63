"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/action";
import type { Failure } from "./failure";
import { useActionCaller } from "./use-action-caller";
import { useSessionGuard } from "@/components/auth/session-guard";

/**
 * Loads what a panel shows when it opens, through the same caller as every action (useActionCaller): the
 * data, or the failure to show. `key` says when to load again (the translation and its version); a load
 * refused because the session ended is done again once the user signed in again.
 */
export function useLoad<I, R>(action: (input: I) => Promise<ActionResult<R>>, input: I, key: string) {
  const call = useActionCaller();
  const guard = useSessionGuard();
  const [state, setState] = useState<{ key: string; data: R | null; failure: Failure | null } | null>(null);
  const latest = useRef({ action, input });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    latest.current = { action, input };
  });

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    const { action: load, input: args } = latest.current;
    void call(load, args).then((r) => {
      if (!live) return;
      if (r.ok) setState({ key, data: r.data, failure: null });
      else {
        setState({ key, data: null, failure: { code: r.code, params: r.params } });
        if (r.code === "UNAUTHENTICATED") guard.afterSignIn(`load:${key}`, reload);
      }
    });
    return () => {
      live = false;
    };
  }, [call, guard, key, attempt, reload]);

  // Until this key's answer is in, nothing is shown as loaded (never the previous key's data).
  const current = state?.key === key ? state : null;
  return { data: current?.data ?? null, failure: current?.failure ?? null, loading: current === null, reload };
}
