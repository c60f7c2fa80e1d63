// POST /v2/translate: pseudo-translations (translate.ts), billed against the quota.
import type { Route } from "./route";
import { translateRequest } from "../translate";

export const translateRoute: Route = (state, p, rec) => {
  const { translations, billed } = translateRequest(
    p,
    rec,
    state.store.glossaries,
    state.characterLimit - state.characterCount,
  );
  state.characterCount += billed;
  state.counters.billedCharacters += billed;
  state.counters.textsTranslated += translations.length;
  state.counters.translateSucceeded++;
  return { status: 200, body: { translations } };
};
