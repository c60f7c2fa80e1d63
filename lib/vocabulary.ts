// The ground floor of lib/: the words every domain shares — target languages, segment kinds,
// translation states, origins, roles and the acting user. Nothing here imports anything, so every
// domain can use these without importing another domain for a type. The parsers turn database strings
// into these types and fail loudly on anything else (a row the code cannot have written).

export const TARGET_LANGS = ["de", "en"] as const;
export type TargetLang = (typeof TARGET_LANGS)[number];

export const SEGMENT_KINDS = ["title", "lead", "body", "caption", "byline", "source", "boilerplate"] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/** The per-language segment state machine (lib/review/workflow.ts decides the steps). */
export const TRANSLATION_STATES = ["untranslated", "machine", "draft", "translated", "approved", "rejected"] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/** Where a translation's current text came from ("tm-fuzzy": pre-filled from a fuzzy memory match). */
export const ORIGINS = ["none", "import", "machine", "tm", "human", "tm-fuzzy"] as const;
export type Origin = (typeof ORIGINS)[number];

export const ROLES = ["translator", "reviewer", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user a service acts for (resolved from the session or an API token's owner). */
export type Actor = { id: string; role: Role; name: string };

function member<T extends string>(list: readonly T[]) {
  return (value: unknown): value is T => typeof value === "string" && (list as readonly string[]).includes(value);
}

function parser<T extends string>(what: string, is: (value: unknown) => value is T) {
  return (value: unknown): T => {
    if (is(value)) return value;
    throw new Error(`Not a ${what}: ${JSON.stringify(value)}`);
  };
}

export const isTargetLang = member(TARGET_LANGS);
export const isSegmentKind = member(SEGMENT_KINDS);
export const isTranslationState = member(TRANSLATION_STATES);
export const isOrigin = member(ORIGINS);
export const isRole = member(ROLES);

export const parseTargetLang = parser("target language", isTargetLang);
export const parseSegmentKind = parser("segment kind", isSegmentKind);
export const parseTranslationState = parser("translation state", isTranslationState);
export const parseOrigin = parser("origin", isOrigin);

/** One value per target language, typed without a cast. */
export function perTargetLang<T>(value: (lang: TargetLang) => T): Record<TargetLang, T> {
  return { de: value("de"), en: value("en") };
}
