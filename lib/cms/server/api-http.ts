import "server-only";
import { createTranslator } from "next-intl";
import { AppError, isAppError } from "@/lib/errors";
import { loadMessages } from "@/lib/i18n/messages";
import { statusForCode, type ApiErrorBody } from "@/lib/cms/api-errors";
import { ensureWebhookWorker } from "./deliver-webhooks";

// The route equivalent of lib/action.ts for the CMS API: every handler runs inside apiRoute, so an
// AppError becomes `{ error: { code, message } }` with its HTTP status and anything else a logged 500.

const english = createTranslator({
  locale: "en",
  messages: loadMessages("en") as never,
  namespace: "errors" as never,
}) as unknown as {
  (key: string, params?: Record<string, string | number>): string;
  has: (key: string) => boolean;
};

/** API clients get English sentences (the UI's own messages) next to the stable code they should branch on. */
export function apiError(code: string, params: Record<string, string | number> = {}): Response {
  let message = code;
  try {
    message = english.has(code) ? english(code, params) : english("INTERNAL");
  } catch {
    /* keep the code */
  }
  const body: ApiErrorBody = { error: { code, message, ...(Object.keys(params).length ? { params } : {}) } };
  return Response.json(body, { status: statusForCode(code), headers: { "Cache-Control": "no-store" } });
}

export async function apiRoute(handler: () => Promise<Response>): Promise<Response> {
  ensureWebhookWorker(); // the first API request after a restart resumes pending deliveries
  try {
    return await handler();
  } catch (error) {
    if (isAppError(error)) return apiError(error.code, error.params);
    console.error("[api] unexpected error", error);
    return apiError("INTERNAL");
  }
}

/** Reads a request body as text, refusing more than `maxBytes` without buffering an endless stream. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

/** The request's JSON body, or the coded error an API client gets for a body too large or not JSON. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  if (text === null) throw new AppError("API_BODY_TOO_LARGE", { maxBytes });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("API_INVALID_JSON");
  }
}
