// Where Ctrl+Enter goes after confirming a segment: the next segment that still needs a translator's
// work. Down the same language's column first; when that column has nothing open below, the other
// language's column from the top; last, what is still open above in the first column. Pure: the editor
// asks it with the rows it shows (the filter applies), and it looks at each cell at most once.
import { TARGET_LANGS, type TargetLang, type TranslationState } from "@/lib/vocabulary";

/** The states that are still a translator's work (also what My work's translate queue counts). */
export const OPEN_STATES = [
  "untranslated",
  "machine",
  "draft",
  "rejected",
] as const satisfies readonly TranslationState[];
const OPEN: ReadonlySet<TranslationState> = new Set(OPEN_STATES);

export type OpenCellRow = { id: string; translations: Partial<Record<TargetLang, { state: TranslationState }>> };
export type Cell = { segmentId: string; lang: TargetLang };

export function isOpen(state: TranslationState): boolean {
  return OPEN.has(state);
}

export function nextOpenCell(rows: readonly OpenCellRow[], from: Cell): Cell | null {
  const start = rows.findIndex((r) => r.id === from.segmentId);
  const open = (i: number, lang: TargetLang) => {
    const t = rows[i]?.translations[lang];
    return t !== undefined && isOpen(t.state) && !(i === start && lang === from.lang);
  };
  const cell = (i: number, lang: TargetLang): Cell => ({ segmentId: rows[i]!.id, lang });
  for (let i = start + 1; i < rows.length; i++) if (open(i, from.lang)) return cell(i, from.lang);
  const at = TARGET_LANGS.indexOf(from.lang);
  const others = [...TARGET_LANGS.slice(at + 1), ...TARGET_LANGS.slice(0, at)];
  for (const lang of others) for (let i = 0; i < rows.length; i++) if (open(i, lang)) return cell(i, lang);
  for (let i = 0; i < start; i++) if (open(i, from.lang)) return cell(i, from.lang);
  return null;
}
