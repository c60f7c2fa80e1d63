// Services and pure modules fail with codes, never sentences: the UI turns a code into words through
// next-intl (messages/<locale>/errors.json plus each domain's "errors" block). Only codes of the closed
// list in ./codes.ts are accepted, so a typo fails the type check.
import type { ErrorCode } from "./codes";

export { ERROR_CODES, isErrorCode, type ErrorCode } from "./codes";
export { statusForCode } from "./http-status";

export type ErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  /** Structured data the UI needs to resolve the error (e.g. the other person's text on a conflict). */
  readonly details?: unknown;

  constructor(code: ErrorCode, params: ErrorParams = {}, details?: unknown) {
    super(code);
    this.name = "AppError";
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
