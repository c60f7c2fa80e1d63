// The zod side of the text rules: a string schema that refuses what assertText refuses, with the
// same codes and numbers, and the way back from a zod issue to that coded error (defineAction and the
// JSON bundle parser report it instead of a generic INVALID_INPUT).
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { textProblem, type TextProblem } from "./hygiene";

const MARK = "duyetText";

/** A string of at most `max` characters without control characters or lone surrogates. */
export function cleanText(max = Number.POSITIVE_INFINITY) {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, max);
    if (problem) ctx.addIssue({ code: "custom", message: problem.code, params: { [MARK]: problem } });
  });
}

/**
 * The coded error a cleanText issue stands for, naming the field at `path`; null for other issues.
 * A union ("title": a string or { vi, de, en }) reports its members' issues nested: they are searched.
 */
export function textIssueError(issue: z.core.$ZodIssue, path: string): AppError | null {
  if (issue.code === "invalid_union") {
    for (const issues of issue.errors) {
      for (const inner of issues) {
        const found = textIssueError(inner, [path, ...inner.path.map(String)].filter(Boolean).join("."));
        if (found) return found;
      }
    }
    return null;
  }
  if (issue.code !== "custom") return null;
  const problem = (issue.params as Record<string, TextProblem> | undefined)?.[MARK];
  return problem ? new AppError(problem.code, { field: path, ...problem.params }) : null;
}
