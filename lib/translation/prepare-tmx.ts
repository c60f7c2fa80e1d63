// Everything a TMX import computes before it writes: parsing (lib/translation/tmx.ts) and the memory
// key of every unit. Pure, so it can run in a worker thread (lib/worker).
import { AppError } from "@/lib/errors";
import { decodeXmlBytes } from "@/lib/text/xml-prolog";
import { importTmx, type TmxSkipped } from "./tmx";
import { tmKey } from "./tm-key";
import { indexWords } from "./concordance";
import { gramsOf } from "./tm-grams";

/**
 * Units per file. 10 MB of real memory (three news sentences a unit) is about 30,000 units; the cap keeps
 * a file of tiny units (up to ~130,000 fit in 10 MB) from holding SQLite for a second in the final merge.
 */
export const TMX_MAX_UNITS = 50_000;

type TmUnitKey = { hash: string; vi: string; viLength: number; de: string | null; en: string | null };
/**
 * A unit with its index rows computed here (in the worker thread, not on the server's main thread):
 * its concordance words and its fuzzy grams as a JSON array text (one string to pass between threads,
 * copied as it is into the JSON the import hands the database).
 */
export type KeyedTmUnit = TmUnitKey & { words: string[]; gramsJson: string };

/**
 * Units keyed by their normalised source. A source that occurs twice in the file is one unit: a later
 * German or English text replaces an earlier one, a language the later unit lacks is kept (as the
 * import does with stored entries). Units whose source normalises to nothing count as skipped.
 */
export function prepareTmxImport(
  xml: string | Uint8Array,
  maxBytes: number,
): { skipped: number; skippedBy: TmxSkipped; items: KeyedTmUnit[] } {
  // An uploaded file arrives as bytes: UTF-8 or UTF-16 (Trados, the LISA kit) by its BOM or declaration.
  const text = typeof xml === "string" ? xml : decodeXmlBytes(xml);
  const { units, skippedBy } = importTmx(text, { maxBytes });
  const byHash = new Map<string, TmUnitKey>();
  for (const u of units) {
    const key = tmKey(u.vi);
    if (!key.vi) {
      skippedBy.empty += 1;
      continue;
    }
    const seen = byHash.get(key.hash);
    if (seen) skippedBy.duplicate += 1;
    byHash.set(key.hash, { ...key, de: u.de || seen?.de || null, en: u.en || seen?.en || null });
  }
  if (byHash.size > TMX_MAX_UNITS) throw new AppError("TMX_TOO_MANY_UNITS", { maxUnits: TMX_MAX_UNITS });
  const skipped = Object.values(skippedBy).reduce((sum, n) => sum + n, 0);
  const items = [...byHash.values()].map((u) => ({
    ...u,
    words: indexWords(u.vi, u.de, u.en),
    gramsJson: JSON.stringify(gramsOf(u.vi)),
  }));
  return { skipped, skippedBy, items };
}
