import { z } from "zod";

// Empty translations are treated as absent so that exported templates with "" placeholders import.
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));
const requiredText = z.string().refine((value) => value.trim() !== "", { message: "empty" });

export const localizedSchema = z.strictObject({ vi: requiredText, de: optionalText, en: optionalText });
export const titleSchema = z.union([requiredText, localizedSchema]);

export const PARAGRAPH_KINDS = ["body", "caption", "boilerplate", "source", "byline"] as const;
const paragraphKind = z.enum(PARAGRAPH_KINDS).optional();

export const textParagraphSchema = z.strictObject({
  vi: requiredText,
  de: optionalText,
  en: optionalText,
  kind: paragraphKind,
});
export const sentencesParagraphSchema = z.strictObject({
  sentences: z.array(localizedSchema).min(1),
  kind: paragraphKind,
});

export const bundleSchema = z.strictObject({
  title: titleSchema,
  sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
  byline: optionalText,
  lead: titleSchema.optional(),
  // Checked one by one (see parse-json.ts) so that an error names the paragraph's own field.
  paragraphs: z.array(z.unknown()),
});

export type Localized = { vi: string; de?: string | undefined; en?: string | undefined };
export type Bundle = z.output<typeof bundleSchema>;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
