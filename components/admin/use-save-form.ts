"use client";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/action";

/** A settings form's submit: runs the server action, then shows "saved" or the error code. */
export function useSaveForm<T>(save: (value: T) => Promise<ActionResult<unknown>>) {
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ code: string; params?: Record<string, string | number> } | null>(null);
  const [pending, start] = useTransition();
  const submit = (value: T) => (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setFailure(null);
    start(async () => {
      const r = await save(value);
      if (r.ok) setSaved(true);
      else setFailure(r);
    });
  };
  return { saved, failure, pending, submit };
}
