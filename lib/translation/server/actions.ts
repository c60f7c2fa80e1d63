import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { startMachineTranslation } from "./start-machine-translation";
import { getMtStatus } from "./get-mt-status";
import { findMemoryMatches } from "./find-memory-matches";
import { fillFromMemory } from "./fill-from-memory";
import { saveGlossaryTerm } from "./save-glossary-term";
import { deleteGlossaryTerm } from "./delete-glossary-term";
import { saveMtSettings } from "./save-mt-settings";
import { mtSettingsSchema } from "./load-mt-settings";
import { importMemory } from "./import-memory";
import { readUpload } from "@/lib/uploads/server/read-upload";
import { exportMemory } from "./export-memory";
import { MAX_NOTE_TEXT, MAX_TERM_TEXT } from "@/lib/text/limits";
import { cleanText } from "@/lib/text/schema";
import { saveDeeplKey } from "./save-deepl-key";
import { removeDeeplKey } from "./remove-deepl-key";
import { testDeeplConnection } from "./test-deepl-connection";
import { concordanceInput, searchConcordance } from "./search-concordance";
import { loadSuggestions } from "./load-suggestions";
import { TARGET_LANGS } from "@/lib/vocabulary";

// Machine translation, memory and glossary behind the permission table (lib/action.ts).
// Ids reach database queries: PostgreSQL answers a NUL in one with an error, so they are checked like text.
const id = cleanText(64).min(1);
const term = cleanText(MAX_TERM_TEXT);

export const startMachineTranslationAction = defineAction({
  permission: "translation.machine",
  input: z.object({ articleId: id }),
  run: (input, actor) => startMachineTranslation(input, actor),
});

export const getMtStatusAction = defineAction({
  permission: "article.read",
  input: z.object({ articleId: id, since: z.iso.datetime().nullish() }),
  run: (input) => getMtStatus(input),
});

export const findMemoryMatchesAction = defineAction({
  permission: "article.read",
  input: z.object({ segmentId: id }),
  run: (input) => findMemoryMatches(input),
});

export const saveGlossaryTermAction = defineAction({
  permission: "glossary.manage",
  input: z.object({
    id: id.optional(),
    vi: term,
    de: term,
    en: term,
    note: cleanText(MAX_NOTE_TEXT),
    caseSensitive: z.boolean(),
  }),
  run: (input, actor) => saveGlossaryTerm(input, actor),
});

export const deleteGlossaryTermAction = defineAction({
  permission: "glossary.manage",
  input: z.object({ id }),
  run: (input, actor) => deleteGlossaryTerm(input, actor),
});

export const saveMtSettingsAction = defineAction({
  permission: "settings.manage",
  input: mtSettingsSchema,
  run: (input, actor) => saveMtSettings(input, actor),
});

// The file as uploaded (multipart, never JSON-encoded), or its text.
export const importMemoryAction = defineAction({
  permission: "glossary.manage",
  input: z.object({ xml: z.union([z.string(), z.instanceof(File)]) }),
  run: async (input, actor) => importMemory({ xml: await readUpload(input.xml, "tmx") }, actor),
});

export const exportMemoryAction = defineAction({
  permission: "glossary.manage",
  input: z.object({}),
  run: () => exportMemory(),
});

// A DeepL key is printable ASCII without spaces (UUID-like, ":fx" for the free API); anything else is a
// copy-and-paste accident, refused before it is stored.
const deeplKey = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);

export const saveDeeplKeyAction = defineAction({
  permission: "settings.manage",
  input: z.object({ key: deeplKey }),
  run: (input, actor) => saveDeeplKey(input, actor),
});

export const removeDeeplKeyAction = defineAction({
  permission: "settings.manage",
  input: z.object({}),
  run: (_input, actor) => removeDeeplKey(actor),
});

export const testDeeplConnectionAction = defineAction({
  permission: "settings.manage",
  input: z.object({}),
  run: () => testDeeplConnection(),
});

export const searchConcordanceAction = defineAction({
  permission: "article.read",
  input: concordanceInput,
  run: (input) => searchConcordance(input),
});

/** The editor's "Fill from memory": untranslated segments with a memory match become drafts (no DeepL). */
export const fillFromMemoryAction = defineAction({
  permission: "translation.edit",
  input: z.object({ articleId: id }),
  run: (input, actor) => fillFromMemory(input, actor, "editor"),
});

// The suggestions panel of the focused cell (memory, machine text, glossary terms).
export const loadSuggestionsAction = defineAction({
  permission: "article.read",
  input: z.object({ segmentId: id, lang: z.enum(TARGET_LANGS) }),
  run: (input) => loadSuggestions(input),
});
