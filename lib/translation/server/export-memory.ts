import "server-only";
import { db } from "@/lib/db";
import { exportTmx, type TmUnit } from "@/lib/translation/tmx";
import { loadMtSettings } from "./load-mt-settings";

// Translation ids per author lookup: well under every database's bound-parameter limit.
const CHUNK = 500;

/** Name of the current author of each translation an entry came from. */
async function authorsOf(translationIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < translationIds.length; i += CHUNK) {
    const rows = await db.translation.findMany({
      where: { id: { in: translationIds.slice(i, i + CHUNK) }, textAuthorId: { not: null } },
      select: { id: true, textAuthorId: true },
    });
    const userIds = [...new Set(rows.map((r) => r.textAuthorId ?? ""))];
    const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
    const names = new Map(users.map((u) => [u.id, u.name]));
    for (const r of rows) {
      const name = names.get(r.textAuthorId ?? "");
      if (name) out.set(r.id, name);
    }
  }
  return out;
}

/**
 * The whole memory as TMX 1.4b (English tagged with the configured variant). Each unit carries its dates
 * and, where the entry came from a translation in the workbench, that translation's author as
 * creationid/changeid (German first, else English); entries imported from a TMX file have no author here.
 */
export async function exportMemory(): Promise<{ fileName: string; xml: string; units: number }> {
  const [rows, settings] = await Promise.all([
    db.tmEntry.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        vi: true,
        de: true,
        en: true,
        createdAt: true,
        updatedAt: true,
        deTranslationId: true,
        enTranslationId: true,
      },
    }),
    loadMtSettings(db),
  ]);
  const ids = rows.flatMap((r) => [r.deTranslationId, r.enTranslationId]).filter((id): id is string => !!id);
  const authors = await authorsOf([...new Set(ids)]);
  const units: TmUnit[] = rows.map(({ deTranslationId, enTranslationId, ...unit }) => {
    const author = authors.get(deTranslationId ?? "") ?? authors.get(enTranslationId ?? "");
    return author ? { ...unit, createdBy: author, changedBy: author } : unit;
  });
  const xml = exportTmx(units, {
    englishTag: settings.englishVariant === "EN-US" ? "en-US" : "en-GB",
    regionTags: true,
  });
  return { fileName: `duyet-memory-${new Date().toISOString().slice(0, 10)}.tmx`, xml, units: rows.length };
}
