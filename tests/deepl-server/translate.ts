// POST /v2/translate of the local DeepL server: DeepL's checks and error texts, then pseudo-translations.
// Pure apart from filling in the request record; the server adds the billed characters to its counters.
import { codePointLength, pseudoTranslate, type PseudoFormality, type PseudoTarget } from "./pseudo";
import {
  DEEPL_MAX_TEXTS,
  FORMALITY_TARGETS,
  SOURCES,
  TARGETS,
  type GlossaryView,
  type RecordedRequest,
} from "./protocol";
import { HttpError, one, type Params } from "./params";

export function translateRequest(
  p: Params,
  rec: RecordedRequest,
  glossaries: Map<string, GlossaryView>,
  quotaLeft: number,
) {
  const texts = p.get("text") ?? [];
  const targetRaw = one(p, "target_lang")?.toUpperCase();
  const sourceRaw = one(p, "source_lang")?.toUpperCase();
  const formality = one(p, "formality")?.toLowerCase();
  const context = one(p, "context");
  const glossaryId = one(p, "glossary_id");
  Object.assign(rec, {
    texts,
    target_lang: targetRaw,
    source_lang: sourceRaw,
    context,
    glossary_id: glossaryId,
    formality,
  });
  if (texts.length === 0) throw new HttpError(400, "Parameter 'text' not specified.");
  if (texts.length > DEEPL_MAX_TEXTS)
    throw new HttpError(400, `Too many texts in request: ${texts.length}, the maximum is ${DEEPL_MAX_TEXTS}.`);
  if (!targetRaw) throw new HttpError(400, "Parameter 'target_lang' not specified.");
  if (!TARGETS.has(targetRaw)) throw new HttpError(400, "Value for 'target_lang' not supported.");
  if (sourceRaw !== undefined && !SOURCES.has(sourceRaw))
    throw new HttpError(400, "Value for 'source_lang' not supported.");
  const target = targetRaw === "EN" ? "EN-US" : targetRaw;
  if (formality !== undefined && !["default", "more", "less", "prefer_more", "prefer_less"].includes(formality))
    throw new HttpError(400, "Value for 'formality' not supported.");
  if ((formality === "more" || formality === "less") && !FORMALITY_TARGETS.has(target))
    throw new HttpError(400, "'formality' is not supported for given 'target_lang'.");
  if (one(p, "tag_handling") && sourceRaw === "VI")
    throw new HttpError(400, "Tag handling is not supported for source language VI.");
  let glossary: Map<string, string> | null = null;
  if (glossaryId) {
    if (!sourceRaw) throw new HttpError(400, "Use of a glossary requires 'source_lang'.");
    const g = glossaries.get(glossaryId);
    if (!g) throw new HttpError(404, "Glossary not found");
    const pairTarget = target.split("-")[0]!.toLowerCase();
    const dict = g.dictionaries.find((d) => d.source_lang === sourceRaw.toLowerCase() && d.target_lang === pairTarget);
    if (!dict) throw new HttpError(400, `Glossary has no dictionary for ${sourceRaw} → ${pairTarget.toUpperCase()}.`);
    glossary = dict.entries;
  }
  const billed = texts.reduce((n, t) => n + codePointLength(t), 0);
  if (billed > quotaLeft) throw new HttpError(456, "Quota exceeded");
  let effFormality: PseudoFormality = "default";
  if (FORMALITY_TARGETS.has(target)) {
    if (formality === "more" || formality === "prefer_more") effFormality = "more";
    if (formality === "less" || formality === "prefer_less") effFormality = "less";
  }
  const pseudoTarget: PseudoTarget | null = target === "DE" || target === "EN-GB" || target === "EN-US" ? target : null;
  const showBilled = one(p, "show_billed_characters") === "1" || one(p, "show_billed_characters") === "true";
  const modelType = one(p, "model_type");
  const translations = texts.map((t) => ({
    detected_source_language: sourceRaw ?? "VI",
    text: pseudoTarget ? pseudoTranslate(t, pseudoTarget, { formality: effFormality, glossary }) : `[${target}] ${t}`,
    ...(showBilled ? { billed_characters: codePointLength(t) } : {}),
    ...(modelType ? { model_type_used: modelType.replace(/^prefer_/, "") } : {}),
  }));
  return { translations, billed };
}
