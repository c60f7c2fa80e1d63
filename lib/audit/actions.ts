// The closed list of audit actions, each with the schema of the data its row carries. recordEvent
// accepts only these (a typo or a drifted data shape fails the type check, and the data is checked
// again at run time); the audit page has a label for each (a unit test checks en, de and vi).
import { z } from "zod";

const lang = z.enum(["de", "en"]);
const count = z.number().int().min(0);
const text = z.string();
const nullableText = z.string().nullable().optional();

/** translation.save … translation.override: one step of the review workflow. */
const step = z.object({
  lang,
  from: text,
  to: text,
  reason: text.optional(),
  overridden: z.array(text).optional(),
});
/** translation.machine / translation.tm: one batch of an MT job. */
const mtBatch = z.object({ jobId: text, lang, filled: count, skipped: count, billedCharacters: count });
const mtEnd = z.object({
  done: count,
  total: count,
  requests: count,
  billedCharacters: count,
  errorCode: text.optional(),
});
/** assignment.set: who translates and reviews one language of an article, by when; before and after. */
const assignee = z.object({ translatorId: nullableText, reviewerId: nullableText, dueAt: nullableText });
const glossaryTerm = z.object({ vi: text, de: nullableText, en: nullableText });

export const AUDIT_DATA = {
  "article.import": z.object({ format: text, segments: count, translations: count }),
  "article.publish": z.object({ lang, version: count }),
  "article.export": z.object({
    lang,
    format: text,
    version: z.union([count, z.literal("draft")]).nullable(),
    via: z.literal("api").optional(),
    token: text.optional(),
    tokenPrefix: text.optional(),
  }),
  "article.xliff-import": z.object({
    lang,
    version: text,
    changed: count,
    stale: count,
    sameAsSource: count.optional(),
    foreign: z.array(text).max(100).optional(),
    notes: count.optional(),
  }),
  "api.import": z.object({ token: text, tokenPrefix: text, segments: count }),
  "translation.save": step,
  "translation.confirm": step,
  "translation.approve": step,
  "translation.reject": step,
  "translation.override": step,
  "translation.xliff": step,
  "translation.restore": step,
  "translation.machine": mtBatch,
  "translation.tm": mtBatch,
  "comment.create": z.object({ lang }),
  "mt.start": z.object({}),
  "mt.done": mtEnd,
  "mt.failed": mtEnd,
  "glossary.create": glossaryTerm,
  "glossary.update": glossaryTerm,
  "glossary.delete": glossaryTerm,
  "memory.import": z.object({ created: count, updated: count, skipped: count }),
  "settings.mt": z.object({ englishVariant: text, germanFormality: text }),
  "settings.webhooks": z.object({ hosts: z.array(text), before: z.unknown() }),
  "settings.update": z.object({ fourEyes: z.boolean(), diacritics: text }),
  "token.create": z.object({ name: text, prefix: text, scopes: text, webhookUrl: nullableText }),
  "token.revoke": z.object({ name: text, prefix: text }),
  "auth.failed": z.object({ email: text, address: text.nullable() }),
  "assignment.set": assignee.extend({ lang, before: assignee.nullable() }),
  "user.create": z.object({ email: text, name: text, role: text, locale: text, generated: z.boolean() }),
  "user.role": z.object({ email: text, from: text, to: text }),
  "user.password-reset": z.object({ email: text, generated: z.boolean(), sessionsEnded: count }),
  "user.password-change": z.object({ sessionsEnded: count }),
  "user.deactivate": z.object({ email: text, sessionsEnded: count }),
  "user.reactivate": z.object({ email: text, sessionsEnded: count }),
  "settings.deepl-key": z.object({ change: z.enum(["set", "remove"]) }),
  "translation.memory-fill": z.object({ exact: count, fuzzy: count, via: z.enum(["import", "editor"]) }),
  "translation.repeat": z.object({ lang, from: text, filled: count }),
  "settings.memory-fill": z.object({ fuzzyThreshold: z.number().nullable() }),
  "article.source-update": z.object({
    format: text,
    version: count,
    unchanged: count,
    moved: count,
    changed: count,
    added: count,
    removed: count,
    token: text.optional(),
  }),
} as const;

export type AuditAction = keyof typeof AUDIT_DATA;
export type AuditData<A extends AuditAction> = z.input<(typeof AUDIT_DATA)[A]>;

export const AUDIT_ACTIONS = Object.keys(AUDIT_DATA) as AuditAction[];

/** The part before the dot: what the audit filter offers as "all of …". */
export type AuditGroup = AuditAction extends `${infer G}.${string}` ? G : never;

/** The groups in the order the audit filter offers them; each is followed by its actions. */
export const AUDIT_GROUPS = [
  "article",
  "api",
  "translation",
  "comment",
  "mt",
  "glossary",
  "memory",
  "settings",
  "token",
  "auth",
  "assignment",
  "user",
] as const satisfies readonly AuditGroup[];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && Object.hasOwn(AUDIT_DATA, value);
}
