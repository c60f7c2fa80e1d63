// The one door every mutation passes: zod input → actor → permission → service → typed result.
// Framework-free so integration tests drive exactly what server actions and routes run: `action(input, actor)`.
// The browser calls the same action bound to the session (`sessionAction` in lib/auth/server/session-action.ts),
// exported from the domain's "use server" module, lib/<domain>/server/session-actions.ts.
import { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { textIssueError } from "@/lib/text/schema";
import type { Actor } from "@/lib/vocabulary";

export type ActionFailure = { ok: false; code: string; params?: Record<string, string | number>; details?: unknown };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export type ActionSpec<S extends z.ZodType, R> = {
  permission: Permission;
  input: S;
  run: (input: z.infer<S>, actor: Actor) => Promise<R>;
};

// S is kept so an action's input type stays visible where it is exported.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export type Action<S extends z.ZodType, R> = ((raw: unknown, actor: Actor | null) => Promise<ActionResult<R>>) & {
  permission: Permission;
};

/** What an action takes from its caller, read off its zod schema (the type is written once: there). */
export type ActionInput<A> = A extends Action<infer S, unknown> ? z.input<S> : never;
/** What an action gives back on success. */
export type ActionData<A> = A extends Action<z.ZodType, infer R> ? R : never;

/**
 * The action as the browser calls it: input typed from the schema, the actor resolved on the server by
 * `resolveActor` (never taken from the caller: a server action's arguments are whatever the request says).
 */
export function bindActor<S extends z.ZodType, R>(
  action: Action<S, R>,
  resolveActor: () => Promise<Actor | null>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (input) => action(input, await resolveActor());
}

export function defineAction<S extends z.ZodType, R>(spec: ActionSpec<S, R>): Action<S, R> {
  const action = async (raw: unknown, actor: Actor | null): Promise<ActionResult<R>> => {
    if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
    if (!can(actor.role, spec.permission))
      return { ok: false, code: "FORBIDDEN", params: { permission: spec.permission } };
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const field = first ? first.path.join(".") || "input" : "input";
      // Text fields (cleanText) say what is wrong: TEXT_TOO_LONG / TEXT_INVALID_CHARACTER with the numbers.
      const text = first ? textIssueError(first, field) : null;
      if (text) return { ok: false, code: text.code, params: text.params };
      return { ok: false, code: "INVALID_INPUT", params: { field } };
    }
    try {
      return { ok: true, data: await spec.run(parsed.data, actor) };
    } catch (error) {
      if (isAppError(error)) return { ok: false, code: error.code, params: error.params, details: error.details };
      console.error("[action] unexpected error", spec.permission, error);
      return { ok: false, code: "INTERNAL" };
    }
  };
  return Object.assign(action, { permission: spec.permission });
}
