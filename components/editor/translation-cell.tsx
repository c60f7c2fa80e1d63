"use client";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { EditorSegment, EditorTranslation } from "@/lib/articles/editor-types";
import type { StepResult } from "@/lib/review/types";
import { IssueList } from "./issue-list";
import { useEditor } from "./editor-context";
import { useCellSave } from "./use-cell-save";
import { CellPanels } from "./cell-panels";
import type { Panel } from "./panel-types";
import { CellHead } from "./cell-head";
import { useApprove } from "./use-approve";
import { cellKeyDown } from "./cell-keys";
import { useCellInsert } from "./use-cell-insert";
import { useLiveCell } from "./use-live-cell";
import { ErrorMessage } from "@/components/ui/error-message";
import { TARGET_LANGS, type TargetLang } from "@/lib/vocabulary";

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
  const [repeats, setRepeats] = useState(0); // a confirm's repeats that took its text (propagate-repeats.ts)
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
      for (const c of result?.repeats?.changes ?? []) editor.update(c.segmentId, c.lang, c.patch);
      setRepeats(result?.repeats?.count ?? 0);
    },
    [editor, segment.id, lang, translation.id],
  );
  // What the cell holds now: a save retried after signing in again sends this, not the text of the failure.
  const latestDraft = useRef(draft);
  useEffect(() => {
    latestDraft.current = draft;
  }, [draft]);
  const cell = useCellSave(translation, onSaved, latestDraft);
  const area = useRef<HTMLTextAreaElement>(null);
  const cellKey = `${segment.id}:${lang}`;
  const registerInsert = useCellInsert(cellKey, area, setDraft, cell.markEditing, editor.permissions.edit);
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

  const { takeTheirs } = useLiveCell({ translation, segmentId: segment.id, lang, cell, setDraft });
  const { approve, approving } = useApprove({ translationId: translation.id, cell, settle, onReviewed, setPanel });

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) =>
    cellKeyDown(e, { editor, segment, lang, translation, cell, draft, setDraft, panel, setPanel, approve });

  const label = t("targetLabel", { lang: t(`lang.${lang}`), n: segment.position + 1 });
  return (
    <div className={`cell state-${translation.state}${dirty ? " dirty" : ""}`} data-lang={lang}>
      <CellHead
        translation={translation}
        segmentId={segment.id}
        dirty={dirty}
        status={cell.status}
        panel={panel}
        setPanel={setPanel}
        approving={approving}
        onApprove={() => void approve()}
      />
      <textarea
        className="target"
        lang={lang}
        aria-label={label}
        ref={area}
        data-cell={cellKey}
        value={draft}
        readOnly={!editor.permissions.edit}
        spellCheck
        onChange={(e) => {
          cell.markEditing();
          setDraft(e.target.value);
        }}
        onFocus={() => {
          editor.setActive(segment.id, lang);
          registerInsert();
        }}
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
      <span className="small repeat-note" aria-live="polite">
        {repeats ? t("repeatsFilled", { count: repeats }) : null}
      </span>
      <CellPanels
        panel={cell.conflict ? "conflict" : panel}
        close={() => setPanel(null)}
        translation={translation}
        draft={draft}
        lang={lang}
        conflict={cell.conflict}
        onKeepMine={() => cell.conflict && void cell.save(draft, false, cell.conflict.version)}
        onTakeTheirs={takeTheirs}
        settle={settle}
        onReviewed={onReviewed}
        segmentId={segment.id}
        onCommentCount={(n) => editor.update(segment.id, lang, { commentCount: n })}
      />
    </div>
  );
}
