"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { ConcordanceDialog } from "./concordance-dialog";
import { cellKeyOf, cellSelection, type CellSelection } from "./cell-focus";

/**
 * The editor's concordance: a toolbar button and Ctrl+K (⌘K) anywhere in the editor open the search.
 * The last translation cell that had the focus is where a found text goes (the button takes the focus
 * from it, so it is remembered as the focus moves).
 */
export function ConcordanceLauncher() {
  const t = useTranslations("editor");
  const lastCell = useRef<string | null>(null);
  const [open, setOpen] = useState<{ cellKey: string | null; at: CellSelection | null } | null>(null);
  const target = () => ({ cellKey: lastCell.current, at: lastCell.current ? cellSelection(lastCell.current) : null });

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const key = cellKeyOf(e.target instanceof Element ? e.target : null);
      if (key) lastCell.current = key;
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "k") {
        e.preventDefault(); // the browser's own Ctrl+K (search bar) would take the focus away
        setOpen((o) => o ?? target());
      }
    };
    document.addEventListener("focusin", onFocusIn);
    window.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      window.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K"
        onClick={() => setOpen(target())}
      >
        {t("concordance.open")}
      </button>
      {open ? <ConcordanceDialog cellKey={open.cellKey} at={open.at} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
