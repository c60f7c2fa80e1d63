import "server-only";
import { TranslationError, type TranslationProvider, type TranslationRequest } from "@/lib/translation";
import { chargedTranslate } from "./charged-translate";
import { loadProvider } from "./load-provider";
import { syncGlossary } from "./sync-glossary";

/**
 * The provider as the MT job uses it: loaded and its glossary synced only when the first request goes
 * out (an article filled from memory alone needs no DeepL key), every request charged to the cost ledger,
 * and a glossary deleted at DeepL re-created once before the request is sent again.
 */
export function mtTranslator(at: { jobId: string; articleId: string }, injected?: TranslationProvider) {
  let provider = injected ?? null;
  let glossaryId: string | null = null;
  let glossarySynced = false;
  const ready = async () => {
    provider ??= await loadProvider();
    if (!glossarySynced) {
      glossaryId = await syncGlossary(provider);
      glossarySynced = true;
    }
    return provider;
  };
  const translate = async (req: TranslationRequest) => {
    const p = await ready();
    const send = () => chargedTranslate(p, { ...req, glossaryId }, { ...at, lang: req.target });
    try {
      return await send();
    } catch (e) {
      if (!(e instanceof TranslationError && e.code === "MT_GLOSSARY_NOT_FOUND")) throw e;
      glossaryId = await syncGlossary(p, { force: true });
      return await send();
    }
  };
  return {
    translate,
    /** Engine and glossary of the requests made so far (read when a batch is written). */
    used: () => ({ engine: provider?.engine ?? "", glossaryId }),
  };
}
