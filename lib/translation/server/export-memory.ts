import "server-only";
import { db } from "@/lib/db";
import { exportTmx } from "@/lib/translation/tmx";
import { loadMtSettings } from "./load-mt-settings";

/** The whole memory as TMX 1.4b (English tagged with the configured variant). */
export async function exportMemory(): Promise<{ fileName: string; xml: string; units: number }> {
  const [rows, settings] = await Promise.all([
    db.tmEntry.findMany({
      orderBy: { createdAt: "asc" },
      select: { vi: true, de: true, en: true, createdAt: true, updatedAt: true },
    }),
    loadMtSettings(db),
  ]);
  const xml = exportTmx(rows, {
    englishTag: settings.englishVariant === "EN-US" ? "en-US" : "en-GB",
    regionTags: true,
  });
  return { fileName: `duyet-memory-${new Date().toISOString().slice(0, 10)}.tmx`, xml, units: rows.length };
}
