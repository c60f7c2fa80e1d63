// Services and pure modules fail with codes, never sentences: the UI turns a code into words through
// next-intl (messages/<locale>/errors.json plus each domain's "errors" block).
export class AppError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  /** Structured data the UI needs to resolve the error (e.g. the other person's text on a conflict). */
  readonly details?: unknown;

  constructor(code: string, params: Record<string, string | number> = {}, details?: unknown) {
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
