// The QA panel's list: every open issue of an article, grouped by severity (errors first), then by
// check (the code's family: "number", "glossary", …), each group with its count.
import type { QualityIssue, Severity } from "./types";
import type { TargetLang } from "@/lib/vocabulary";

export type QaSegment = {
  id: string;
  position: number;
  translations: Partial<Record<TargetLang, { issues: string }>>;
};
export type QaItem = { segmentId: string; position: number; lang: TargetLang; issue: QualityIssue };
export type QaCheckGroup = { check: string; count: number; items: QaItem[] };
export type QaSeverityGroup = { severity: Severity; count: number; checks: QaCheckGroup[] };

const SEVERITIES: Severity[] = ["error", "warning"];
const LANG_ORDER: Record<string, number> = { de: 0, en: 1 };

/** The family of an issue code: "number.missing" → "number". */
export const checkOf = (code: string): string => code.split(".", 1)[0] ?? code;

function parse(json: string): QualityIssue[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? (list as QualityIssue[]) : [];
  } catch {
    return [];
  }
}

/**
 * Groups the issues stored with each translation. Within a check, items follow the article (segment
 * position, then language); checks are alphabetical; a severity without issues is left out.
 */
export function groupIssues(segments: readonly QaSegment[]): QaSeverityGroup[] {
  const items: QaItem[] = [];
  for (const s of segments)
    for (const [lang, t] of Object.entries(s.translations) as [TargetLang, { issues: string } | undefined][])
      for (const issue of t ? parse(t.issues) : []) items.push({ segmentId: s.id, position: s.position, lang, issue });
  items.sort((a, b) => a.position - b.position || (LANG_ORDER[a.lang] ?? 9) - (LANG_ORDER[b.lang] ?? 9));
  const groups: QaSeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const byCheck = new Map<string, QaItem[]>();
    for (const item of items) {
      if (item.issue.severity !== severity) continue;
      const check = checkOf(item.issue.code);
      const list = byCheck.get(check);
      if (list) list.push(item);
      else byCheck.set(check, [item]);
    }
    if (!byCheck.size) continue;
    const checks = [...byCheck.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([check, list]) => ({ check, count: list.length, items: list }));
    groups.push({ severity, count: checks.reduce((n, c) => n + c.count, 0), checks });
  }
  return groups;
}
