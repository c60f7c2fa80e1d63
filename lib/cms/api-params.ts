// Query parameters of the CMS API, validated once here so route handlers stay thin. Failures carry the
// same codes as the UI (INVALID_INPUT with the field, EXPORT_UNKNOWN_FORMAT).
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { TARGET_LANGS } from "@/lib/vocabulary";
import { isExportFormat, type ExportFormat } from "@/lib/export/types";

export const MAX_PAGE_SIZE = 100;
/** JSON escaping can inflate text; the importer applies its own 1 MB limit to the content itself. */
export const MAX_IMPORT_BODY_BYTES = 4 * 1024 * 1024;

const listSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  since: z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .transform((s) => new Date(s))
    .optional(),
  lang: z.enum(TARGET_LANGS).optional(),
  // Keyset cursor from a previous response's nextCursor (checked by the service, which knows its keys).
  cursor: z.string().max(200).optional(),
});
export type ListParams = z.infer<typeof listSchema>;

const versionSchema = z.coerce.number().int().min(1).max(1_000_000).optional();

function fail(error: z.ZodError): never {
  const first = error.issues[0];
  throw new AppError("INVALID_INPUT", { field: first ? first.path.join(".") || "input" : "input" });
}

function present(params: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = params.get(k);
    if (v !== null && v !== "") out[k] = v;
  }
  return out;
}

export function parseListParams(params: URLSearchParams): ListParams {
  const r = listSchema.safeParse(present(params, ["page", "pageSize", "since", "lang", "cursor"]));
  return r.success ? r.data : fail(r.error);
}

export type FetchParams = {
  articleId: string;
  lang: (typeof TARGET_LANGS)[number];
  format: ExportFormat;
  version?: number;
};

export function parseFetchParams(articleId: string, lang: string, params: URLSearchParams): FetchParams {
  if (!articleId || articleId.length > 100) throw new AppError("ARTICLE_NOT_FOUND");
  const l = z.enum(TARGET_LANGS).safeParse(lang);
  if (!l.success) throw new AppError("INVALID_INPUT", { field: "lang" });
  const format = params.get("format") || "json";
  if (!isExportFormat(format)) throw new AppError("EXPORT_UNKNOWN_FORMAT", { format: format.slice(0, 40) });
  const v = versionSchema.safeParse(params.get("version") || undefined);
  if (!v.success) throw new AppError("INVALID_INPUT", { field: "version" });
  return { articleId, lang: l.data, format, version: v.data };
}
