"use client";
import type { FormEvent } from "react";
import type { ActionResult } from "@/lib/action";
import { useAction } from "@/components/ui/use-action";

/** A settings form's submit: runs the server action, then shows "saved" or the error code. */
export function useSaveForm<T>(save: (value: T) => Promise<ActionResult<unknown>>) {
  const { run, pending, failure, done } = useAction(save);
  const submit = (value: T) => (e: FormEvent) => {
    e.preventDefault();
    run(value);
  };
  return { saved: done, failure, pending, submit };
}
