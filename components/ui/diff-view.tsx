import type { DiffPart } from "@/lib/review/diff";

/** Word diff: insertions and deletions are marked by element (ins/del) as well as colour, for screen readers. */
export function DiffView({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  return (
    <p className="diff" lang={lang}>
      {parts.map((p, i) =>
        p.kind === "added" ? (
          <ins key={i}>{p.text}</ins>
        ) : p.kind === "removed" ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
