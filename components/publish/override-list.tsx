"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { OverrideEntry } from "@/lib/publishing/server/list-overrides";
import { IssueList } from "@/components/editor/issue-list";

/**
 * Every error a reviewer approved over, as the publisher must read it before publishing: the segment, the
 * checks that flagged it (in the UI language, the flagged words marked), the text, the reason, who and when.
 */
export function OverrideList({ overrides, lang }: { overrides: OverrideEntry[]; lang: string }) {
  const t = useTranslations("publish");
  const format = useFormatter();
  if (overrides.length === 0) return null;
  return (
    <section className="overrides" aria-labelledby={`overrides-${lang}`} data-testid={`overrides-${lang}`}>
      <h3 id={`overrides-${lang}`}>{t("overridesTitle", { count: overrides.length })}</h3>
      <p className="small muted">{t("overridesHint")}</p>
      <ol>
        {overrides.map((o) => (
          <li key={o.id}>
            <p className="small">
              <strong>{t("overrideSegment", { n: o.position + 1 })}</strong>
            </p>
            <IssueList issues={errorsOnly(o.issues)} source={o.source} target={o.text} />
            <p className="quote" lang={lang}>
              {o.text}
            </p>
            <p className="small">
              <strong>{t("overrideReason")}</strong> {o.reason}
            </p>
            <p className="small muted">
              {t("overrideBy", { name: o.by ?? "?" })} ·{" "}
              <time dateTime={o.at}>
                {format.dateTime(new Date(o.at), { dateStyle: "medium", timeStyle: "short" })}
              </time>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The errors that were overridden (warnings never blocked anything, so they are not part of it). */
function errorsOnly(issues: string): string {
  try {
    const list: unknown = JSON.parse(issues);
    if (!Array.isArray(list)) return "[]";
    return JSON.stringify(list.filter((i: { severity?: unknown } | null) => i?.severity === "error"));
  } catch {
    return "[]";
  }
}
