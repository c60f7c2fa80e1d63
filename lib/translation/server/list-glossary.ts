import "server-only";
import { db } from "@/lib/db";
import type { GlossaryTerm } from "@/lib/translation/glossary";

/** Every term, alphabetical by the Vietnamese term (the admin list and the editor's highlighting). */
export async function listGlossary(): Promise<Required<GlossaryTerm>[]> {
  const rows = await db.glossaryTerm.findMany({ orderBy: { vi: "asc" } });
  return rows.map((r) => ({ id: r.id, vi: r.vi, de: r.de, en: r.en, note: r.note, caseSensitive: r.caseSensitive }));
}
