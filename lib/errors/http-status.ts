import type { ErrorCode } from "./codes";

// HTTP status of every error code a route can answer with (the CMS API and the export download). A
// code not listed here is a client error about the input (400).
const STATUS: Partial<Record<ErrorCode, number>> = {
  API_TOKEN_MISSING: 401,
  API_TOKEN_INVALID: 401,
  API_TOKEN_REVOKED: 403,
  API_SCOPE_MISSING: 403,
  API_OWNER_FORBIDDEN: 403,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  ARTICLE_NOT_FOUND: 404,
  PUBLICATION_NOT_FOUND: 404,
  API_NOT_FOUND: 404,
  IMPORT_TOO_LARGE: 413,
  API_BODY_TOO_LARGE: 413,
  INTERNAL: 500,
  SOURCE_UPDATE_CONFLICT: 409,
};

export function statusForCode(code: string): number {
  return STATUS[code as ErrorCode] ?? 400;
}
