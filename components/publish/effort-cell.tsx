import type { EffortCell } from "@/lib/review/effort-report";

/**
 * HTER with words and editing time; "no machine baseline" (never 0.000) for text written from scratch,
 * whose words and time still count; a dash when nothing was edited.
 */
export function EffortCellView({
  cell,
  labels,
}: {
  cell: EffortCell;
  labels: { noBaseline: string; details: (words: number, seconds: number) => string };
}) {
  if (!cell.segments) return <span className="muted">—</span>;
  return (
    <>
      {cell.hter === null ? <span className="muted">{labels.noBaseline}</span> : cell.hter.toFixed(3)}{" "}
      <span className="muted small">({labels.details(cell.words, cell.seconds)})</span>
    </>
  );
}
