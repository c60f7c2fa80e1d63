"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action";
import { useActionCaller } from "./use-action-caller";
import type { Failure } from "./failure";

type Options<A extends unknown[], R> = {
  /** Runs inside the transition after a success (router.refresh, patching the editor, clearing a form). */
  onSuccess?: (data: R, ...args: A) => void | Promise<void>;
};

/**
 * Calling a server action from a client component: `run(...)` clears the last outcome and calls the action
 * in a transition; `pending` while it runs; then either `done` and `data` (the success's payload) or `failure` (its
 * code and params for <ErrorMessage>). `fail` shows a failure found before calling (an upload too large).
 * The call goes through useActionCaller: an action that throws fails as ACTION_UNREACHABLE, an ended
 * session (UNAUTHENTICATED) also opens the sign-in dialog.
 */
export function useAction<A extends unknown[], R>(
  action: (...args: A) => Promise<ActionResult<R>>,
  { onSuccess }: Options<A, R> = {},
) {
  const call = useActionCaller();
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  // Boxed, so a success whose payload is null or undefined still counts as done.
  const [success, setSuccess] = useState<{ data: R } | null>(null);

  function reset() {
    setFailure(null);
    setSuccess(null);
  }

  function run(...args: A) {
    reset();
    start(async () => {
      const result = await call(action, ...args);
      if (!result.ok) {
        setFailure({ code: result.code, params: result.params });
        return;
      }
      setSuccess({ data: result.data });
      await onSuccess?.(result.data, ...args);
    });
  }

  function fail(found: Failure) {
    setSuccess(null);
    setFailure(found);
  }

  return { run, pending, failure, done: success !== null, data: success?.data ?? null, fail, reset };
}
