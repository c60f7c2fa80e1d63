import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { TranslationProvider } from "@/lib/translation";
import { glossaryKey } from "@/lib/translation/glossary";

export const GLOSSARY_SETTING_KEY = "mt.glossary";
type Stored = { id: string | null; hash: string };

/**
 * Makes the one multilingual DeepL glossary (vi→de and vi→en) equal to our terms and returns its id.
 * The hash of what was last synced is stored, so an unchanged glossary costs no DeepL request; `force`
 * re-syncs anyway (the glossary was deleted on DeepL's side).
 */
export async function syncGlossary(
  provider: TranslationProvider,
  opts: { force?: boolean } = {},
): Promise<string | null> {
  const terms = await db.glossaryTerm.findMany({ orderBy: { vi: "asc" } });
  const hash = createHash("sha256").update(glossaryKey(terms)).digest("hex");
  const row = await db.setting.findUnique({ where: { key: GLOSSARY_SETTING_KEY } });
  const stored = row ? (JSON.parse(row.value) as Stored) : null;
  if (!opts.force && stored && stored.hash === hash) return stored.id;
  const id = await provider.syncGlossary(terms, stored?.id ?? null);
  const value = JSON.stringify({ id, hash } satisfies Stored);
  await db.setting.upsert({
    where: { key: GLOSSARY_SETTING_KEY },
    create: { key: GLOSSARY_SETTING_KEY, value },
    update: { value },
  });
  return id;
}
