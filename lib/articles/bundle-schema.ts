import { z } from "zod";
import { MAX_SEGMENT_TEXT } from "@/lib/text/limits";
import { cleanText } from "@/lib/text/schema";

// Texts may not hold control characters or lone surrogates (TEXT_INVALID_CHARACTER). Their length is
// checked per segment after sentence splitting (parse-json.ts): a long paragraph is fine if its sentences are not.
// Empty translations are treated as absent so that exported templates with "" placeholders import.
const optionalText = cleanText()
  .optional()
  .transform((value) => (value === undefined || value.trim() === "" ? undefined : value));
const requiredText = cleanText().refine((value) => value.trim() !== "", { message: "empty" });

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
  byline: cleanText(MAX_SEGMENT_TEXT)
    .optional()
    .transform((value) => (value === undefined || value.trim() === "" ? undefined : value)),
  lead: titleSchema.optional(),
  // Checked one by one (see parse-json.ts) so that an error names the paragraph's own field.
  paragraphs: z.array(z.unknown()),
});

export type Localized = { vi: string; de?: string | undefined; en?: string | undefined };
export type Bundle = z.output<typeof bundleSchema>;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
