// DeepL's multilingual glossary kept equal to ours: one glossary with a vi→de and a vi→en dictionary,
// changed dictionaries replaced, dropped ones deleted, and the language pairs it holds cached briefly.
import { GlossaryEntries, type DeepLClient } from "deepl-node";
import { cleanTerm } from "./glossary";
import type { DeeplCall } from "./deepl-call";
import type { TargetLang } from "@/lib/vocabulary";
import { TranslationError, type GlossaryEntry } from "./types";

export const SOURCE_LANG = "vi";
const GLOSSARY_TARGETS: readonly TargetLang[] = ["de", "en"];

/** vi→de and vi→en dictionaries from our entries (first entry for a Vietnamese term wins). */
export function glossaryDictionaries(entries: GlossaryEntry[]): Record<TargetLang, Map<string, string>> {
  const out: Record<TargetLang, Map<string, string>> = { de: new Map(), en: new Map() };
  for (const e of entries) {
    const vi = cleanTerm(e.vi);
    if (!vi) continue;
    for (const lang of GLOSSARY_TARGETS) {
      const term = cleanTerm(e[lang]);
      if (term && !out[lang].has(vi)) out[lang].set(vi, term);
    }
  }
  return out;
}

function sameEntries(a: Record<string, string>, b: Map<string, string>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== b.size) return false;
  return keys.every((k) => b.get(k) === a[k]);
}

export class DeeplGlossaries {
  private readonly pairs = new Map<string, { langs: Set<string>; at: number }>();

  constructor(
    private readonly client: DeepLClient,
    private readonly call: DeeplCall,
    private readonly name: string,
    private readonly cacheMs: number,
  ) {}

  /** Language pairs (vi→x) the glossary holds; cached for cacheMs. */
  async targets(glossaryId: string): Promise<Set<string>> {
    const cached = this.pairs.get(glossaryId);
    if (cached && Date.now() - cached.at < this.cacheMs) return cached.langs;
    let info;
    try {
      info = await this.call(() => this.client.getMultilingualGlossary(glossaryId));
    } catch (e) {
      const missing =
        e instanceof TranslationError &&
        (e.code === "MT_GLOSSARY_NOT_FOUND" || (e.code === "MT_BAD_REQUEST" && e.params.status === 404));
      if (missing) throw new TranslationError("MT_GLOSSARY_NOT_FOUND", { glossaryId });
      throw e;
    }
    const langs = new Set(
      info.dictionaries
        .filter((d) => d.sourceLangCode.toLowerCase() === SOURCE_LANG)
        .map((d) => d.targetLangCode.toLowerCase()),
    );
    this.pairs.set(glossaryId, { langs, at: Date.now() });
    return langs;
  }

  async sync(entries: GlossaryEntry[], currentId: string | null): Promise<string | null> {
    const dicts = glossaryDictionaries(entries);
    const wanted = GLOSSARY_TARGETS.filter((l) => dicts[l].size > 0);
    const toDict = (lang: TargetLang) => ({
      sourceLangCode: SOURCE_LANG,
      targetLangCode: lang,
      entries: new GlossaryEntries({ entries: Object.fromEntries(dicts[lang]) }),
    });

    let existing: Set<string> | null = null;
    if (currentId) {
      try {
        this.pairs.delete(currentId);
        existing = await this.targets(currentId);
      } catch (e) {
        if (!(e instanceof TranslationError && e.code === "MT_GLOSSARY_NOT_FOUND")) throw e;
        existing = null; // deleted on DeepL's side: create a new one
      }
    }

    if (wanted.length === 0) {
      if (currentId && existing) await this.call(() => this.client.deleteMultilingualGlossary(currentId));
      if (currentId) this.pairs.delete(currentId);
      return null;
    }

    if (!currentId || !existing) {
      const info = await this.call(() => this.client.createMultilingualGlossary(this.name, wanted.map(toDict)));
      this.pairs.set(info.glossaryId, { langs: new Set(wanted), at: Date.now() });
      return info.glossaryId;
    }

    const id = currentId;
    // Replace changed dictionaries first, delete dropped ones last (a glossary never becomes empty).
    for (const lang of wanted) {
      if (existing.has(lang)) {
        const current = await this.call(() =>
          this.client.getMultilingualGlossaryDictionaryEntries(id, SOURCE_LANG, lang),
        );
        if (sameEntries(current.entries.entries(), dicts[lang])) continue;
      }
      await this.call(() => this.client.replaceMultilingualGlossaryDictionary(id, toDict(lang)));
    }
    for (const lang of GLOSSARY_TARGETS) {
      if (dicts[lang].size === 0 && existing.has(lang))
        await this.call(() => this.client.deleteMultilingualGlossaryDictionary(id, SOURCE_LANG, lang));
    }
    this.pairs.set(id, { langs: new Set(wanted), at: Date.now() });
    return id;
  }
}
