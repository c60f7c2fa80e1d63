"use client";
import { useEffect } from "react";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";

/** Typing stops showing this long after the last keystroke. */
const TYPING_MS = 4_000;
/** Leaving a cell is told a moment later: focus moving to the next cell sends one update, not two. */
const LEAVE_MS = 300;

type Here = { segmentId: string | null; lang: TargetLang | null; typing: boolean };

/**
 * Tells the server which cell this editor is in and whether it is typing: only when that changes (focus,
 * the first keystroke, a pause), never per keystroke. Listens on the document, so the cells stay as they are.
 */
export function usePresenceReport(articleId: string, clientId: string | null): void {
  useEffect(() => {
    if (!clientId) return;
    let sent: Here = { segmentId: null, lang: null, typing: false };
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    let leaveTimer: ReturnType<typeof setTimeout> | undefined;
    const report = (next: Here) => {
      if (next.segmentId === sent.segmentId && next.lang === sent.lang && next.typing === sent.typing) return;
      sent = next;
      void fetch(`/api/live/articles/${encodeURIComponent(articleId)}/presence`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ clientId, ...next }),
      }).catch(() => undefined); // presence is a courtesy: a lost update is renewed by the next one
    };
    const cellOf = (target: EventTarget | null): Here | null => {
      const key = target instanceof HTMLTextAreaElement ? target.dataset.cell : undefined;
      const [segmentId, lang] = key?.split(":") ?? [];
      const known = TARGET_LANGS.find((l) => l === lang);
      return segmentId && known ? { segmentId, lang: known, typing: false } : null;
    };
    const onFocus = (e: FocusEvent) => {
      const here = cellOf(e.target);
      if (!here) return;
      clearTimeout(leaveTimer);
      report(here);
    };
    const onBlur = (e: FocusEvent) => {
      if (!cellOf(e.target)) return;
      clearTimeout(leaveTimer);
      leaveTimer = setTimeout(() => report({ segmentId: null, lang: null, typing: false }), LEAVE_MS);
    };
    const onInput = (e: Event) => {
      const here = cellOf(e.target);
      if (!here) return;
      report({ ...here, typing: true });
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => report({ ...here, typing: false }), TYPING_MS);
    };
    document.addEventListener("focusin", onFocus);
    document.addEventListener("focusout", onBlur);
    document.addEventListener("input", onInput);
    return () => {
      clearTimeout(typingTimer);
      clearTimeout(leaveTimer);
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onBlur);
      document.removeEventListener("input", onInput);
    };
  }, [articleId, clientId]);
}
