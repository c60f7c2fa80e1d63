/**
 * A field of a server action's FormData argument, or null when the caller sent something else (a
 * hand-made request): the action's own zod schema then refuses it as INVALID_INPUT, not a crash.
 */
export function formField(form: unknown, name: string): FormDataEntryValue | null {
  return form instanceof FormData ? form.get(name) : null;
}
