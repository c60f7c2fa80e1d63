"use client";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import { diffWords } from "@/lib/review/diff";
import { changedSinceApproval } from "@/lib/review/workflow";
import { loadHistory } from "@/lib/review/server/session-actions";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { useLoad } from "@/components/ui/use-load";

type View = {
  key: "diffMachineToTranslator" | "diffTranslatorToNow" | "diffUnsaved" | "diffSinceApproval";
  before: string;
  after: string;
};

/**
 * What changed, stage by stage: machine (or imported) text → the text a translator confirmed → the text
 * now (a reviewer's edits, saved or still being typed), and the change since the last approval.
 */
export function DiffPanel({
  translation,
  draft,
  lang,
}: {
  translation: EditorTranslation;
  draft: string;
  lang: string;
}) {
  const t = useTranslations("editor");
  const history = useLoad(loadHistory, { translationId: translation.id }, `${translation.id}:${translation.version}`);
  if (history.failure)
    return (
      <section className="panel">
        <ErrorMessage code={history.failure.code} params={history.failure.params} />
      </section>
    );
  if (!history.data)
    return (
      <section className="panel" aria-busy="true">
        <p className="muted small">{t("loading")}</p>
      </section>
    );
  // The text a translator last confirmed, if any.
  const confirmed = history.data.find((e) => e.action === "confirm")?.text ?? null;
  const { machineText, approvedText, text } = translation;
  const views: View[] = [];
  if (machineText !== null && confirmed !== null && machineText !== confirmed)
    views.push({ key: "diffMachineToTranslator", before: machineText, after: confirmed });
  const base = confirmed ?? machineText;
  if (base !== null && base !== draft) views.push({ key: "diffTranslatorToNow", before: base, after: draft });
  else if (draft !== text) views.push({ key: "diffUnsaved", before: text, after: draft });
  if (approvedText !== null && changedSinceApproval({ ...translation, text: draft }))
    views.push({ key: "diffSinceApproval", before: approvedText, after: draft });

  return (
    <section className="panel" aria-label={t("diff")}>
      {views.length === 0 ? (
        <p className="small muted">{t(machineText === null ? "diffNoBaseline" : "diffNothing")}</p>
      ) : (
        views.map((v) => (
          <div key={v.key} data-diff={v.key}>
            <p className="small muted">{t(v.key)}</p>
            <DiffView parts={diffWords(v.before, v.after)} lang={lang} />
          </div>
        ))
      )}
    </section>
  );
}
