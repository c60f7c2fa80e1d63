// Deadlines are days (YYYY-MM-DD), stored as that day's UTC midnight. Pure: the list, My work and the
// assignment panel agree on what "overdue" means.
import { z } from "zod";

const DAY = /^\d{4}-\d{2}-\d{2}$/; // fixed length: linear

/** A calendar day as the date input sends it; refuses 2026-02-30 and the like. */
export const dueDay = z
  .string()
  .regex(DAY)
  .refine((s) => dayOf(new Date(`${s}T00:00:00Z`)) === s, { message: "not a calendar day" });

export function dueDateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** A stored deadline back as its day, for the date input and the audit row. */
export function dayOf(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 10);
}

/** Overdue once the deadline's day has passed (work due today is not late yet). */
export function isOverdue(due: Date | null | undefined, now: Date): boolean {
  return due != null && dayOf(due) < dayOf(now);
}
