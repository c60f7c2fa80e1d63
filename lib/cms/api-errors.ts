// HTTP status of every error code the CMS API can answer with. Codes are the same as in the UI; a code
// not listed here is a client error about the input (400), except INTERNAL.
const STATUS: Record<string, number> = {
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
  API_UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
};

export function statusForCode(code: string): number {
  return STATUS[code] ?? 400;
}

export type ApiErrorBody = { error: { code: string; message: string; params?: Record<string, string | number> } };
