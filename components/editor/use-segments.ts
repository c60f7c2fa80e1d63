"use client";
import { useCallback, useMemo, useState } from "react";
import type { EditorSegment, EditorTranslation } from "@/lib/articles/editor-types";
import { countByFilter, matchesFilter, type Filter } from "@/lib/review/filters";
import type { TargetLang } from "@/lib/vocabulary";

/** The editor's segments as the browser holds them: patched in place by saves, filtered on demand. */
export function useSegments(initial: EditorSegment[]) {
  const [segments, setSegments] = useState<EditorSegment[]>(initial);
  const [filter, setFilter] = useState<Filter>("all");
  // The filtered set is fixed when the filter is chosen: confirming a row must not make it vanish under the cursor.
  const [visibleIds, setVisibleIds] = useState<string[]>(() => initial.map((s) => s.id));

  const byId = useMemo(() => new Map(segments.map((s) => [s.id, s])), [segments]);
  const visible = useMemo(
    () => visibleIds.map((id) => byId.get(id)).filter((s): s is EditorSegment => Boolean(s)),
    [visibleIds, byId],
  );
  const counts = useMemo(() => countByFilter(segments), [segments]);

  const chooseFilter = useCallback(
    (next: Filter) => {
      setFilter(next);
      setVisibleIds(segments.filter((s) => matchesFilter(s, next)).map((s) => s.id));
    },
    [segments],
  );

  const update = useCallback((segmentId: string, lang: TargetLang, patch: Partial<EditorTranslation>) => {
    setSegments((prev) =>
      prev.map((s) => {
        const current = s.translations[lang];
        return s.id === segmentId && current
          ? { ...s, translations: { ...s.translations, [lang]: { ...current, ...patch } } }
          : s;
      }),
    );
  }, []);

  return { segments, filter, chooseFilter, counts, visibleIds, visible, update };
}
