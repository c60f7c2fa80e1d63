import "server-only";
import { bindActor, type Action, type ActionResult } from "@/lib/action";
import { formField } from "@/lib/uploads/form-field";
import { currentActor } from "./current-actor";
import type { z } from "zod";

/**
 * An action bound to the signed-in user: what a domain's "use server" module exports for the browser,
 * e.g. `export const publish = sessionAction(publishArticleAction)`. No binding is written by hand, and
 * the input type is the action's zod schema's.
 */
export function sessionAction<S extends z.ZodType, R>(action: Action<S, R>) {
  return bindActor(action, currentActor);
}

/**
 * The same for an upload form: the named FormData fields (files stay files: multipart, never
 * JSON-encoded) become the action's input. A caller that sends no FormData gets INVALID_INPUT.
 */
export function sessionFormAction<S extends z.ZodType, R>(
  action: Action<S, R>,
  fields: Record<string, string>,
): (form: FormData) => Promise<ActionResult<R>> {
  return async (form) => {
    const input = Object.fromEntries(Object.entries(fields).map(([key, name]) => [key, formField(form, name)]));
    return action(input, await currentActor());
  };
}
