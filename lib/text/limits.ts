// How much text one field may hold, in UTF-16 code units (what String.length and zod's .max() count).
// One place for every path that stores such a text: a save, an import (plain text, JSON bundle, the
// CMS API), an XLIFF file back from a CAT tool, a TMX file. Sizes were chosen so that no real news
// sentence or paragraph comes near them while the checks and segmentation stay fast.

/** One segment's Vietnamese source or one of its translations. */
export const MAX_SEGMENT_TEXT = 20_000;
/** Comments, reject and override reasons, glossary notes. */
export const MAX_NOTE_TEXT = 2_000;
/** One glossary term in one language. */
export const MAX_TERM_TEXT = 500;
