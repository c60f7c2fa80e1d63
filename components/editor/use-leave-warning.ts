"use client";
import { useEffect } from "react";

/** Never lose typed text: the browser warns before leaving while a draft is unsaved. */
export function useLeaveWarning(stash: Map<string, string>): void {
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (stash.size) e.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [stash]);
}
