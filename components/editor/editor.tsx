"use client";
import { useCallback, useMemo, useRef, useState } from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import type { EditorArticle } from "@/lib/articles/editor-types";
import { NextInQueue } from "./next-in-queue";
import { EditorContext, type EditorApi, type EditorPermissions } from "./editor-context";
import { SegmentRow } from "./segment-row";
import { EditorToolbar } from "./editor-toolbar";
import { BulkApprove } from "./bulk-approve";
import { useSegments } from "./use-segments";
import type { TargetLang } from "@/lib/vocabulary";
import { useCellNavigation } from "./use-cell-navigation";
import { createInsertIntoCell, InsertIntoCellContext } from "./cell-inserter";
import { EditorSide } from "./editor-side";
import { useQaPanel, QA_PANEL_ID } from "./use-qa-panel";
import { groupIssues } from "@/lib/quality/qa-groups";
import { useLeaveWarning } from "./use-leave-warning";
import { useLiveChannel } from "./use-live-channel";
import { LiveContext } from "./live-context";
import "./cat-panels.css";

type Props = { article: EditorArticle; permissions: EditorPermissions; me: string; userId: string };

export function Editor({ article, permissions, me, userId }: Props) {
  const t = useTranslations("editor");
  const { segments, filter, chooseFilter, counts, visibleIds, visible, update } = useSegments(article.segments);
  const [active, setActiveCell] = useState<{ segmentId: string; lang: TargetLang } | null>(null);
  // Nothing open below: null, "shown" (a filter hides open segments) or "article" (all of it is done).
  const [allDone, setAllDone] = useState<null | "shown" | "article">(null);
  const stash = useRef(new Map<string, string>()).current;
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const toggleSelect = useCallback(
    (id: string) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const scroller = useRef<HTMLDivElement>(null);

  const activeIndex = active ? visible.findIndex((s) => s.id === active.segmentId) : -1;

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 6,
    getItemKey: (i) => visible[i]?.id ?? i,
    // Keep the row being edited mounted even when scrolled away, so its focus and text stay put.
    rangeExtractor: useCallback(
      (range: Range) => {
        const rows = defaultRangeExtractor(range);
        return activeIndex >= 0 && !rows.includes(activeIndex) ? [...rows, activeIndex].sort((a, b) => a - b) : rows;
      },
      [activeIndex],
    ),
  });

  const { focus, move, next } = useCellNavigation(visible, segments, virtualizer, setAllDone);
  const [inserts] = useState(createInsertIntoCell);
  const qa = useQaPanel({ visible, focus, chooseFilter, active });
  const issues = useMemo(() => groupIssues(segments), [segments]);
  const issueCount = issues.reduce((n, g) => n + g.count, 0);

  const setActive = useCallback((segmentId: string, lang: TargetLang) => {
    setActiveCell((prev) => (prev?.segmentId === segmentId && prev.lang === lang ? prev : { segmentId, lang }));
  }, []);

  useLeaveWarning(stash);
  const live = useLiveChannel({ articleId: article.id, userId, segments, stash, update });

  const api = useMemo<EditorApi>(
    () => ({ permissions, stash, update, move, next, focus, setActive, me }),
    [permissions, stash, update, move, next, focus, setActive, me],
  );
  const items = virtualizer.getVirtualItems();

  return (
    <EditorContext.Provider value={api}>
      <LiveContext.Provider value={live}>
        <InsertIntoCellContext.Provider value={inserts}>
          <EditorToolbar
            segments={segments}
            filter={filter}
            counts={counts}
            onFilter={chooseFilter}
            bulk={
              permissions.approve ? (
                <BulkApprove
                  segments={segments}
                  visibleIds={visibleIds}
                  selected={selected}
                  setSelected={setSelected}
                />
              ) : null
            }
            qa={
              <button
                type="button"
                className="button ghost small qa-toggle"
                aria-expanded={qa.open}
                aria-controls={qa.open ? QA_PANEL_ID : undefined}
                aria-keyshortcuts="F8"
                onClick={qa.open ? qa.close : qa.toggle}
              >
                {t("qa.button", { count: issueCount })}
              </button>
            }
          />
          {allDone ? <NextInQueue key={allDone} articleId={article.id} articleDone={allDone === "article"} /> : null}
          <div className="editor-body">
            <div className="editor-grid" role="grid" aria-label={t("gridLabel")} aria-rowcount={segments.length + 1}>
              <div className="segment-row header" role="row" aria-rowindex={1}>
                <div role="columnheader">{t("lang.vi")}</div>
                <div role="columnheader">{t("lang.de")}</div>
                <div role="columnheader">{t("lang.en")}</div>
              </div>
              <div ref={scroller} className="editor-scroller" data-testid="editor-scroller">
                {visible.length === 0 ? <p className="empty">{t("nothingMatches")}</p> : null}
                <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
                  {items.map((item) => {
                    const segment = visible[item.index];
                    if (!segment) return null;
                    const previous = visible[item.index - 1];
                    return (
                      <div
                        key={item.key}
                        data-index={item.index}
                        ref={virtualizer.measureElement}
                        className="virtual-row"
                        style={{ transform: `translateY(${item.start}px)` }}
                      >
                        <SegmentRow
                          segment={segment}
                          newParagraph={!!previous && previous.paragraph !== segment.paragraph}
                          selected={permissions.approve ? selected.has(segment.id) : undefined}
                          onToggle={toggleSelect}
                        />
                      </div>
                    );
                  })}
                </div>
              </div>
            </div>
            <EditorSide active={active} segments={segments} qa={qa} issues={issues} issueCount={issueCount} />
          </div>
        </InsertIntoCellContext.Provider>
      </LiveContext.Provider>
    </EditorContext.Provider>
  );
}
