"use client";
import { useMemo } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment } from "@/lib/articles/editor-types";
import { diffWords } from "@/lib/review/diff";
import { DiffView } from "@/components/ui/diff-view";

/**
 * A segment whose Vietnamese source changed in a new source version: the word diff old → new, shown
 * while one of its translations still awaits review (approval settles it, lib/publishing/readiness.ts).
 */
export function SourceChange({ segment }: { segment: EditorSegment }) {
  const t = useTranslations("editor.sourceChange");
  const pending = Object.values(segment.translations).some((tr) => tr.sourceChanged && tr.state !== "approved");
  const previous = segment.previousSource;
  const parts = useMemo(
    () => (previous !== null && pending ? diffWords(previous, segment.source) : null),
    [previous, pending, segment.source],
  );
  if (!parts) return null;
  return (
    <div className="source-change" data-testid="source-change">
      <span className="badge state-draft" title={t("label")}>
        {t("badge")}
      </span>
      <span className="visually-hidden">{t("label")}</span>
      <DiffView parts={parts} lang="vi" />
    </div>
  );
}
