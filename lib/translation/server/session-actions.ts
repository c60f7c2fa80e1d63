"use server";
// Machine translation, memory, glossary and MT settings as the browser calls them: bound to the signed-in
// user, input typed from each action's zod schema (lib/translation/server/actions.ts).
import { sessionAction, sessionFormAction } from "@/lib/auth/server/session-action";
import * as translation from "./actions";

export const startMachineTranslation = sessionAction(translation.startMachineTranslationAction);
export const getMtStatus = sessionAction(translation.getMtStatusAction);
export const findMemoryMatches = sessionAction(translation.findMemoryMatchesAction);
export const saveGlossaryTerm = sessionAction(translation.saveGlossaryTermAction);
export const deleteGlossaryTerm = sessionAction(translation.deleteGlossaryTermAction);
export const saveMtSettings = sessionAction(translation.saveMtSettingsAction);
/** Form field `file`: the TMX file itself, uploaded as multipart. */
export const importMemory = sessionFormAction(translation.importMemoryAction, { xml: "file" });
export const exportMemory = sessionAction(translation.exportMemoryAction);
export const saveDeeplKey = sessionAction(translation.saveDeeplKeyAction);
export const removeDeeplKey = sessionAction(translation.removeDeeplKeyAction);
export const testDeeplConnection = sessionAction(translation.testDeeplConnectionAction);
export const searchConcordance = sessionAction(translation.searchConcordanceAction);
export const fillFromMemory = sessionAction(translation.fillFromMemoryAction);
export const loadSuggestions = sessionAction(translation.loadSuggestionsAction);
