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
export function useActionCaller(options: { quiet?: boolean } = {}) {
  const guard = useSessionGuard();
  // quiet: a load the user did not ask for (the suggestions that follow the focus) must not open the modal
  // sign-in dialog while they type — it takes the focus, and their next keys would go into its fields.
  // Their failure is shown where the data would be; the user's own next save opens the dialog.
  const quiet = options.quiet === true;
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
      if (!result.ok && result.code === "UNAUTHENTICATED" && !quiet) guard.expired();
      return result;
    },
    [guard, quiet],
  );
}
