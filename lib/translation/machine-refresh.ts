// A changed segment (a new version of the Vietnamese source) keeps its translation as a draft marked
// "source changed", but its machine text was made for the old source. "Machine translate" gives such a
// row a machine text for the new source — as a suggestion beside the draft, never over it — and records
// which source it translated, so the next run knows the row is current.

/** The columns of a translation row the rule reads. */
export type RefreshRow = { state: string; sourceChanged: boolean; machineSettings: string | null };

/** The source a stored machine text was made for, when the run recorded it (refreshes do). */
export function machineSourceOf(machineSettings: string | null): string | null {
  if (!machineSettings) return null;
  try {
    const source = (JSON.parse(machineSettings) as { forSource?: unknown }).forSource;
    return typeof source === "string" ? source : null;
  } catch {
    return null;
  }
}

/**
 * Whether a row that already has a text needs a machine text for its current source: its source changed,
 * it is not approved (an approval settled the text) and no run translated this source yet.
 */
export function needsMachineRefresh(row: RefreshRow, source: string): boolean {
  if (row.state === "untranslated" || row.state === "approved" || !row.sourceChanged) return false;
  return machineSourceOf(row.machineSettings) !== source;
}
