// Reading the parts of a parsed TMX <tu>: the text of a <seg> and the unit's dates and authors.
import { segMarkupToText } from "./tmx-seg";

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    const cp = e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

export function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Plain text of a parsed <tuv>'s <seg> (kept raw by the parser): markup flattened, entities decoded, NFC. */
export function tuvText(tuv: Record<string, unknown>): string {
  const seg = tuv.seg;
  const raw =
    typeof seg === "string"
      ? seg
      : seg && typeof seg === "object"
        ? String((seg as Record<string, unknown>)["#text"] ?? "")
        : "";
  return decodeEntities(segMarkupToText(raw)).normalize("NFC").trim();
}

/** Whether any variant of the unit (in whatever language) has text: "no Vietnamese" rather than "empty". */
export function unitHasText(tu: Record<string, unknown> | undefined): boolean {
  return asArray((tu?.tuv ?? []) as Record<string, unknown>[]).some((tuv) => tuvText(tuv) !== "");
}

/** TMX "YYYYMMDDThhmmssZ" → Date; undefined when absent or not a date. */
function tmxDate(value: unknown): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/u.exec(String(value ?? "").trim());
  if (!m) return undefined;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

// An author id is a short user name in every tool we have seen; longer values are cut, not trusted.
const MAX_AUTHOR = 200;

function author(value: unknown): string | undefined {
  const text = typeof value === "string" ? value.normalize("NFC").trim().slice(0, MAX_AUTHOR) : "";
  return text || undefined;
}

export type TuProvenance = { createdAt?: Date; updatedAt?: Date; createdBy?: string; changedBy?: string };

/** creationdate/changedate and creationid/changeid of a <tu>; only those present. */
export function tuProvenance(tu: Record<string, unknown>): TuProvenance {
  const out: TuProvenance = {};
  const createdAt = tmxDate(tu["@_creationdate"]);
  const updatedAt = tmxDate(tu["@_changedate"]);
  const createdBy = author(tu["@_creationid"]);
  const changedBy = author(tu["@_changeid"]);
  if (createdAt) out.createdAt = createdAt;
  if (updatedAt) out.updatedAt = updatedAt;
  if (createdBy) out.createdBy = createdBy;
  if (changedBy) out.changedBy = changedBy;
  return out;
}
