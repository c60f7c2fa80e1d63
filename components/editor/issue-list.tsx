"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { QualityIssue } from "@/lib/quality";

type Props = { issues: string; source: string; target: string };

/** The quality issues of one target: message in the UI language, with the spans they point at marked. */
export function IssueList({ issues, source, target }: Props) {
  const t = useTranslations("quality");
  const e = useTranslations("editor");
  const list = useMemo(() => {
    try {
      return JSON.parse(issues) as QualityIssue[];
    } catch {
      return [];
    }
  }, [issues]);
  if (!list.length) return null;
  const sorted = [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return (
    <ul className="issues" aria-label={e("issuesLabel")}>
      {sorted.map((issue, i) => (
        <li key={`${issue.code}-${i}`} className={`issue ${issue.severity}`} data-code={issue.code}>
          <span className="issue-severity">{e(issue.severity === "error" ? "issueError" : "issueWarning")}</span>{" "}
          {t.has(issue.code as never) ? t(issue.code as never, issue.params as never) : issue.code}
          {issue.target ? <Excerpt text={target} span={issue.target} lang={issue.lang} /> : null}
          {issue.source && !issue.target ? <Excerpt text={source} span={issue.source} lang="vi" /> : null}
        </li>
      ))}
    </ul>
  );
}

/** A few words around the span, the span itself marked. */
function Excerpt({ text, span, lang }: { text: string; span: [number, number]; lang: string }) {
  const [start, end] = span;
  if (start < 0 || end > text.length || start > end) return null;
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return (
    <span className="excerpt" lang={lang}>
      {start > 30 ? "…" : ""}
      {before}
      <mark>{text.slice(start, end) || "⎵"}</mark>
      {after}
      {end + 30 < text.length ? "…" : ""}
    </span>
  );
}
