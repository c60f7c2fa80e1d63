// The CMS API's error body. The HTTP status of a code lives beside the codes (lib/errors/http-status.ts).
export { statusForCode } from "@/lib/errors";

export type ApiErrorBody = { error: { code: string; message: string; params?: Record<string, string | number> } };
