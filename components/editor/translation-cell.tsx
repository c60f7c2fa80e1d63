"use client";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment, EditorTranslation } from "@/lib/articles/editor-types";
import { TARGET_LANGS, type TargetLang } from "@/lib/articles/kinds";
import type { ConflictDetails, StepResult } from "@/lib/review/types";
import { IssueList } from "./issue-list";
import { useEditor } from "./editor-context";
import { useCellSave } from "./use-cell-save";
import { StateBadge } from "./state-badge";
import { CellPanels, type Panel } from "./cell-panels";
import { approvedPatch, ReviewButtons } from "./review-buttons";
import { approveTranslation } from "@/lib/review/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";

type Props = { segment: EditorSegment; translation: EditorTranslation; lang: TargetLang };

export function TranslationCell({ segment, translation, lang }: Props) {
  const t = useTranslations("editor");
  const editor = useEditor();
  const [draft, setDraft] = useState(() => editor.stash.get(translation.id) ?? translation.text);
  // Text written elsewhere (a background MT run, a resolved conflict) replaces the draft unless the
  // user has typed something of their own since (React's "adjust state when a prop changes").
  const [shownText, setShownText] = useState(translation.text);
  if (translation.text !== shownText) {
    setShownText(translation.text);
    if (draft === shownText) setDraft(translation.text);
  }
  const [panel, setPanel] = useState<Panel | null>(null);
  const [approving, setApproving] = useState(false);
  const approvingNow = useRef(false);
  const onSaved = useCallback(
    (patch: Partial<EditorTranslation>, result?: StepResult) => {
      // Text typed while this save was on its way stays stashed (and keeps the leave-page warning).
      if (patch.text === undefined || editor.stash.get(translation.id) === patch.text)
        editor.stash.delete(translation.id);
      editor.update(segment.id, lang, { ...patch, ...result?.issues[lang] });
      // The other language's issues were re-checked too (cross-target consistency).
      for (const other of TARGET_LANGS) {
        const issues = result?.issues[other];
        if (other !== lang && issues) editor.update(segment.id, other, issues);
      }
    },
    [editor, segment.id, lang, translation.id],
  );
  const cell = useCellSave(translation, onSaved);
  const dirty = draft !== translation.text;

  useEffect(() => {
    // Keep typed text when the row scrolls out of the virtual list and is unmounted.
    if (dirty) editor.stash.set(translation.id, draft);
    else editor.stash.delete(translation.id);
  }, [dirty, draft, editor.stash, translation.id]);

  function onReviewed(patch: Partial<EditorTranslation>, result?: StepResult) {
    cell.acceptVersion(patch.text ?? translation.text, patch.version ?? translation.version);
    onSaved(patch, result);
    if (patch.text !== undefined) setDraft(patch.text);
    setPanel(null);
  }

  // Review steps act on the saved text: flush this cell's pending save first, then use its version.
  async function settle(): Promise<number | null> {
    if (dirty && !(await cell.save(draft, false))) return null;
    return cell.lastSaved.current.version;
  }

  /** Approve the saved text; blocking errors open the override form instead. */
  async function approve(): Promise<boolean> {
    if (approvingNow.current) return false; // a second key press while the first approval is on its way
    approvingNow.current = true;
    setApproving(true);
    try {
      const version = await settle();
      if (version === null) return false;
      const result = await approveTranslation({ translationId: translation.id, expectedVersion: version });
      if (result.ok) {
        cell.setFailure(null);
        onReviewed(approvedPatch(result.data), result.data);
        return true;
      }
      if (result.code === "REVIEW_BLOCKING_ISSUES") {
        cell.setFailure(null);
        setPanel("override");
      } else if (result.code === "TRANSLATION_CONFLICT") cell.showConflict(result.details as ConflictDetails);
      else cell.setFailure(result);
      return false;
    } finally {
      approvingNow.current = false;
      setApproving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.shiftKey && e.key === "Enter" && editor.permissions.approve) {
      // Review queue: approve and go on; stay when the approval was refused, to show why.
      e.preventDefault();
      void approve().then((ok) => {
        if (ok) editor.move(segment.id, lang, 1);
      });
    } else if (mod && e.key === "Enter") {
      e.preventDefault();
      void cell.save(draft, true);
      editor.move(segment.id, lang, 1);
    } else if (e.altKey && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault();
      editor.move(segment.id, lang, e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Escape") {
      e.preventDefault();
      if (cell.conflict) return; // a conflict is resolved by choosing a version, never by throwing text away
      if (panel) setPanel(null);
      else {
        setDraft(translation.text);
        cell.setFailure(null);
      }
    } else if (mod && e.shiftKey && e.key.toLowerCase() === "c") {
      e.preventDefault();
      setDraft(segment.source);
    } else if (mod && e.key.toLowerCase() === "s") {
      e.preventDefault();
      void cell.save(draft, false);
    }
  }

  const label = t("targetLabel", { lang: t(`lang.${lang}`), n: segment.position + 1 });
  return (
    <div className={`cell state-${translation.state}${dirty ? " dirty" : ""}`} data-lang={lang}>
      <div className="cell-head">
        <StateBadge state={translation.state} />
        {translation.errorCount ? (
          <span className="badge issue-error">{t("errors", { count: translation.errorCount })}</span>
        ) : null}
        {translation.warningCount ? (
          <span className="badge issue-warning">{t("warnings", { count: translation.warningCount })}</span>
        ) : null}
        <span className="save-status" aria-live="polite">
          {dirty && cell.status !== "saving"
            ? t("unsaved")
            : cell.status === "saving"
              ? t("saving")
              : cell.status === "saved"
                ? t("saved")
                : ""}
        </span>
        <span className="cell-tools">
          <button
            type="button"
            className="tool"
            aria-pressed={panel === "diff"}
            onClick={() => setPanel(panel === "diff" ? null : "diff")}
          >
            {t("diff")}
          </button>
          <button
            type="button"
            className="tool"
            aria-pressed={panel === "history"}
            onClick={() => setPanel(panel === "history" ? null : "history")}
          >
            {t("history")}
          </button>
          <button
            type="button"
            className="tool"
            aria-pressed={panel === "comments"}
            onClick={() => setPanel(panel === "comments" ? null : "comments")}
          >
            {t("comments.button")}
            {translation.commentCount ? ` (${translation.commentCount})` : ""}
          </button>
          {editor.permissions.approve ? (
            <ReviewButtons
              translation={translation}
              pending={approving}
              onApprove={() => void approve()}
              onReject={() => setPanel("reject")}
            />
          ) : null}
        </span>
      </div>
      <textarea
        className="target"
        lang={lang}
        aria-label={label}
        data-cell={`${segment.id}:${lang}`}
        value={draft}
        readOnly={!editor.permissions.edit}
        spellCheck
        onChange={(e) => {
          cell.markEditing();
          setDraft(e.target.value);
        }}
        onFocus={() => editor.setActive(segment.id, lang)}
        onBlur={() => {
          if (dirty) void cell.save(draft, false);
        }}
        onKeyDown={onKeyDown}
      />
      {translation.state === "rejected" && translation.rejectReason ? (
        <p className="reject-reason">
          <strong>{t("rejectedBecause")}</strong> {translation.rejectReason}
        </p>
      ) : null}
      <IssueList issues={translation.issues} source={segment.source} target={translation.text} />
      {cell.failure ? <ErrorMessage code={cell.failure.code} params={cell.failure.params} /> : null}
      <CellPanels
        panel={cell.conflict ? "conflict" : panel}
        close={() => setPanel(null)}
        translation={translation}
        draft={draft}
        lang={lang}
        conflict={cell.conflict}
        onKeepMine={() => cell.conflict && void cell.save(draft, false, cell.conflict.version)}
        onTakeTheirs={() => {
          if (!cell.conflict) return;
          const c = cell.conflict;
          cell.acceptVersion(c.text, c.version);
          editor.update(segment.id, lang, {
            text: c.text,
            state: c.state,
            version: c.version,
            updatedAt: c.updatedAt,
            updatedBy: c.updatedBy,
          });
          setDraft(c.text);
        }}
        settle={settle}
        onReviewed={onReviewed}
        segmentId={segment.id}
        onCommentCount={(n) => editor.update(segment.id, lang, { commentCount: n })}
      />
    </div>
  );
}
