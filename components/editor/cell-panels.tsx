"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { ConflictDetails } from "@/lib/review/types";
import { diffWords } from "@/lib/review/diff";
import { changedSinceApproval } from "@/lib/review/workflow";
import { rejectTranslation } from "@/app/(workbench)/articles/[articleId]/actions";
import { DiffView } from "@/components/ui/diff-view";
import { ErrorMessage } from "@/components/ui/error-message";
import { HistoryPanel } from "./history-panel";

export type Panel = "diff" | "history" | "reject" | "conflict";

type Props = {
  panel: Panel | null; close: () => void; translation: EditorTranslation; draft: string; lang: string;
  conflict: ConflictDetails | null; onKeepMine: () => void; onTakeTheirs: () => void;
  settle: () => Promise<number | null>; onRejected: (patch: Partial<EditorTranslation>) => void;
};

export function CellPanels(p: Props) {
  const t = useTranslations("editor");
  if (!p.panel) return null;
  if (p.panel === "conflict" && p.conflict) {
    return (
      <section className="panel conflict" role="alertdialog" aria-label={t("conflict.title")}>
        <p><strong>{t("conflict.title")}</strong> {t("conflict.body", { name: p.conflict.updatedBy ?? "?" })}</p>
        <p className="small muted">{t("conflict.theirs")}</p>
        <p className="quote" lang={p.lang}>{p.conflict.text}</p>
        <p className="small muted">{t("conflict.diff")}</p>
        <DiffView parts={diffWords(p.conflict.text, p.draft)} lang={p.lang} />
        <div className="actions">
          <button type="button" className="button primary" onClick={p.onKeepMine}>{t("conflict.keepMine")}</button>
          <button type="button" className="button" onClick={p.onTakeTheirs}>{t("conflict.takeTheirs")}</button>
        </div>
      </section>
    );
  }
  if (p.panel === "diff") {
    // Up to three views: machine (or imported) → saved text, saved → what is being typed now (a reviewer's
    // edits), and the last approved text → now.
    const { machineText, approvedText, text } = p.translation;
    const views = [
      machineText !== null && machineText !== text ? { key: "diffAgainstMachine", before: machineText, after: text } : null,
      p.draft !== text ? { key: "diffUnsaved", before: text, after: p.draft } : null,
      changedSinceApproval({ ...p.translation, text: p.draft }) && approvedText !== null ? { key: "diffSinceApproval", before: approvedText, after: p.draft } : null,
    ].filter((v) => v !== null);
    return (
      <section className="panel" aria-label={t("diff")}>
        {views.length === 0 ? <p className="small muted">{t("diffNothing")}</p> : views.map((v) => (
          <div key={v.key}>
            <p className="small muted">{t(v.key as "diffAgainstMachine")}</p>
            <DiffView parts={diffWords(v.before, v.after)} lang={p.lang} />
          </div>
        ))}
      </section>
    );
  }
  if (p.panel === "history") return <HistoryPanel translationId={p.translation.id} lang={p.lang} version={p.translation.version} />;
  if (p.panel === "reject") return <RejectForm {...p} />;
  return null;
}

function RejectForm({ translation, settle, onRejected, close }: Props) {
  const t = useTranslations("editor");
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState<{ code: string } | null>(null);
  const [pending, start] = useTransition();
  return (
    <form className="panel reject-form" onSubmit={(e) => {
      e.preventDefault();
      start(async () => {
        const version = await settle();
        if (version === null) return;
        const result = await rejectTranslation({ translationId: translation.id, expectedVersion: version, reason });
        if (result.ok) onRejected({ state: result.data.state, version: result.data.version, updatedAt: result.data.updatedAt, rejectReason: reason.trim() });
        else setFailure(result);
      });
    }}>
      <label className="field">
        <span>{t("rejectReason")}</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} autoFocus
          onKeyDown={(e) => { if (e.key === "Escape") { e.preventDefault(); close(); } }} />
      </label>
      {failure ? <ErrorMessage code={failure.code} /> : null}
      <div className="actions">
        <button type="submit" className="button danger" disabled={pending}>{t("rejectSubmit")}</button>
        <button type="button" className="button ghost" onClick={close}>{t("cancel")}</button>
      </div>
    </form>
  );
}
