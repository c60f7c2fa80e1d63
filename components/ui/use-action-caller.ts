"use client";
import { useCallback } from "react";
import type { ActionResult } from "@/lib/action";
import { useSessionGuard } from "@/components/auth/session-guard";

/**
 * How every client component calls a server action, so every action fails the same way: a call that
 * throws (the server unreachable, an answer that is not the action's) becomes ACTION_UNREACHABLE instead
 * of a promise that never settles into the UI, and UNAUTHENTICATED (the session ended) opens the sign-in
 * dialog (components/auth/session-guard.tsx). The caller still gets the failure, to show and keep its input.
 */
export function useActionCaller() {
  const guard = useSessionGuard();
  return useCallback(
    async <A extends unknown[], R>(
      action: (...args: A) => Promise<ActionResult<R>>,
      ...args: A
    ): Promise<ActionResult<R>> => {
      let result: ActionResult<R>;
      try {
        result = await action(...args);
      } catch (error) {
        console.error("[action] no answer", error);
        result = { ok: false, code: "ACTION_UNREACHABLE" };
      }
      if (!result.ok && result.code === "UNAUTHENTICATED") guard.expired();
      return result;
    },
    [guard],
  );
}
